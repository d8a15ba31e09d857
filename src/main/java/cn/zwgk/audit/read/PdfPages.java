package cn.zwgk.audit.read;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One pass over each page's content stream gives both what {@link PdfReader} needs: every glyph with its position
 * (PDFBox's text stripper) and the ruling lines the page's paths draw ({@link PdfRulings}). The text stripper ignores
 * path operators, so they are added to it here, doing what PDFBox's graphics engine does with them; parsing each page
 * twice, once for text and once for borders, cost a PDF's read about half again.
 */
final class PdfPages extends PDFTextStripper {

    private final Map<Integer, List<PdfGlyph>> glyphs = new HashMap<>();
    private final Map<Integer, List<PdfRulings.Line>> rulings = new HashMap<>();
    private PdfRulings paths;
    /** inside a Type 3 glyph's own drawing: its paths are drawn (and were rulings before), its text is no text */
    private int type3;

    private PdfPages() {
        paint("m", 2, (p, ops) -> p.paths.moveTo(p.point(ops, 0)));
        paint("l", 2, (p, ops) -> p.paths.lineTo(p.point(ops, 0)));
        paint("c", 6, (p, ops) -> p.paths.curveTo(p.point(ops, 4)));
        paint("v", 4, (p, ops) -> p.paths.curveTo(p.point(ops, 2)));
        paint("y", 4, (p, ops) -> p.paths.curveTo(p.point(ops, 2)));
        paint("re", 4, PdfPages::rectangle);
        for (String op : List.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*")) {
            paint(op, 0, (p, ops) -> p.paths.paint());
        }
        paint("n", 0, (p, ops) -> p.paths.endPath());
        // h (close), W and W* (clip) and sh (shading) change no ruling
    }

    /** Reads every page of {@code pdf} once. */
    static PdfPages of(PDDocument pdf) throws IOException {
        PdfPages p = new PdfPages();
        p.getText(pdf);
        return p;
    }

    /** Every glyph, by page number from 1; a page without text has no entry. */
    Map<Integer, List<PdfGlyph>> glyphs() {
        return glyphs;
    }

    List<PdfRulings.Line> rulings(int page) {
        return rulings.getOrDefault(page, List.of());
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        paths = new PdfRulings(page.getCropBox());
        super.processPage(page);
        rulings.put(getCurrentPageNo(), paths.lines());
    }

    /** The stripper's own text output is not used: the glyphs are. */
    @Override
    protected void writePage() {}

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (type3 == 0) super.showGlyph(textRenderingMatrix, font, code, displacement);
        if (font instanceof PDType3Font t3) {
            type3++;
            try {
                showType3Glyph(textRenderingMatrix, t3, code, displacement);
            } finally {
                type3--;
            }
        }
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String u = t.getUnicode();
        if (u == null || u.isEmpty()) return;
        u = Ideographs.fold(u); // fonts that map 一 to the radical ⼀: headings and labels start with 一 again
        if (t.getDir() != 0) return; // rotated text: stamps and watermarks, not the report
        glyphs.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>()).add(new PdfGlyph(u, t.getXDirAdj(),
                t.getYDirAdj(), t.getWidthDirAdj(), size(t)));
    }

    /** Font size in points; text drawn at size 1 and scaled by its matrix reports 1, so fall back to glyph height. */
    private static float size(TextPosition t) {
        float s = t.getFontSizeInPt();
        return s >= 2 ? s : Math.max(1f, t.getHeightDir() / 0.7f);
    }

    /** {@code x y w h re}: the rectangle's corners in device space. */
    private static void rectangle(PdfPages p, List<COSBase> ops) {
        float x1 = ((COSNumber) ops.get(0)).floatValue();
        float y1 = ((COSNumber) ops.get(1)).floatValue();
        float x2 = ((COSNumber) ops.get(2)).floatValue() + x1;
        float y2 = ((COSNumber) ops.get(3)).floatValue() + y1;
        p.paths.appendRectangle(p.transformedPoint(x1, y1), p.transformedPoint(x2, y1), p.transformedPoint(x2, y2),
                p.transformedPoint(x1, y2));
    }

    private Point2D.Float point(List<COSBase> ops, int at) {
        return transformedPoint(((COSNumber) ops.get(at)).floatValue(), ((COSNumber) ops.get(at + 1)).floatValue());
    }

    private void paint(String name, int operands, BiConsumer<PdfPages, List<COSBase>> action) {
        addOperator(new PathOperator(this, name, operands, action));
    }

    /**
     * A path operator. As in PDFBox's graphics engine, one with too few operands is skipped, and so is one with an
     * operand that is not a number (of m and l the first two; of c, v, y and re, any).
     */
    private static final class PathOperator extends OperatorProcessor {
        private final PdfPages pages;
        private final String name;
        private final int operands;
        private final BiConsumer<PdfPages, List<COSBase>> action;

        PathOperator(PdfPages pages, String name, int operands, BiConsumer<PdfPages, List<COSBase>> action) {
            super(pages);
            this.pages = pages;
            this.name = name;
            this.operands = operands;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> ops) {
            if (ops.size() < operands) return;
            int checked = operands == 0 || name.equals("m") || name.equals("l") ? operands : ops.size();
            for (int i = 0; i < checked; i++) if (!(ops.get(i) instanceof COSNumber)) return;
            action.accept(pages, ops);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
