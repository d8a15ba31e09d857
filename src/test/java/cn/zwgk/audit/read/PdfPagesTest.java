package cn.zwgk.audit.read;

import cn.zwgk.audit.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one pass over each page ({@link PdfPages}) gives what the two passes it replaced gave: the glyphs of PDFBox's
 * text stripper, and the rulings of PDFBox's own graphics engine fed to the same {@link PdfRulings} — on every PDF
 * fixture and on a PDF rendering of each seed, page by page.
 */
class PdfPagesTest {

    record Pdf(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Pdf> pdfs() throws IOException {
        List<Pdf> out = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.list(Fixtures.LIBREOFFICE), Files.list(Fixtures.REAL_PDF))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                out.add(new Pdf(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        for (Path seed : SeedText.seeds()) {
            out.add(new Pdf(seed.getFileName() + " (rendered)", PdfRendering.pdf(SeedText.of(seed))));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void onePassGivesTheGlyphsAndRulingsOfTwo(Pdf pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            PdfPages once = PdfPages.of(doc);
            assertEquals(TextPass.of(doc), once.glyphs(), "glyphs");
            int ruled = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<PdfRulings.Line> expected = GraphicsPass.of(doc.getPage(p - 1));
                assertEquals(expected, once.rulings(p), "rulings of page " + p);
                if (!expected.isEmpty()) ruled++;
            }
            assertFalse(once.glyphs().isEmpty(), "no text read");
            // the fixtures draw their tables' borders: the comparison is not between two empty lists
            assertTrue(ruled > 0, "no page with rulings");
        }
    }

    /** The text pass as it was: PDFBox's text stripper, glyphs kept as PdfPages keeps them. */
    private static final class TextPass extends PDFTextStripper {
        private final Map<Integer, List<PdfGlyph>> pages = new HashMap<>();

        static Map<Integer, List<PdfGlyph>> of(PDDocument pdf) throws IOException {
            TextPass t = new TextPass();
            t.getText(pdf);
            return t.pages;
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String u = t.getUnicode();
            if (u == null || u.isEmpty() || t.getDir() != 0) return;
            float s = t.getFontSizeInPt();
            pages.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>()).add(new PdfGlyph(Ideographs.fold(u),
                    t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), s >= 2 ? s : Math.max(1f, t.getHeightDir() / 0.7f)));
        }
    }

    /** The rulings pass as it was: PDFBox's graphics engine, each path handed to PdfRulings. */
    private static final class GraphicsPass extends PDFGraphicsStreamEngine {
        private final PdfRulings rulings;
        private Point2D.Float current = new Point2D.Float();

        private GraphicsPass(PDPage page) {
            super(page);
            rulings = new PdfRulings(page.getCropBox());
        }

        static List<PdfRulings.Line> of(PDPage page) throws IOException {
            GraphicsPass g = new GraphicsPass(page);
            g.processPage(page);
            return g.rulings.lines();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rulings.appendRectangle(p0, p1, p2, p3);
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            rulings.moveTo(current);
        }

        @Override
        public void lineTo(float x, float y) {
            current = new Point2D.Float(x, y);
            rulings.lineTo(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
            rulings.curveTo(current);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {
            rulings.endPath();
        }

        @Override
        public void strokePath() {
            rulings.paint();
        }

        @Override
        public void fillPath(int windingRule) {
            rulings.paint();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            rulings.paint();
        }

        @Override
        public void drawImage(PDImage pdImage) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void shadingFill(COSName shadingName) {}
    }
}
