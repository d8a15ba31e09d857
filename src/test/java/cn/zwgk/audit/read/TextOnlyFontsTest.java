package cn.zwgk.audit.read;

import cn.zwgk.audit.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fonts made without their programs ({@link TextOnlyFonts}) give the text the fonts as PDFBox makes them give: on
 * every PDF fixture, for a code the ToUnicode map lacks, and for a map that does not parse (then the program is read).
 */
class TextOnlyFontsTest {

    static List<PdfPagesTest.Pdf> pdfs() throws IOException {
        return PdfPagesTest.pdfs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void theTextIsTheTextOfTheFontsWithTheirPrograms(PdfPagesTest.Pdf pdf) throws Exception {
        // every line, its number and where it came from (page, table)
        assertEquals(PdfReader.read(pdf.name(), pdf.bytes(), false).lines(),
                PdfReader.read(pdf.name(), pdf.bytes(), true).lines());
    }

    /** The stand-in program is shared by every document: reads on several threads at once give the same lines. */
    @Test
    void readsOnSeveralThreadsAtOnceAreAlike() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.REAL_PDF.resolve("huaian_city_2024.pdf"));
        List<SourceLine> alone = PdfReader.read("a.pdf", bytes, false).lines();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<SourceLine>>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) reads.add(pool.submit(() -> PdfReader.read("a.pdf", bytes, true).lines()));
            for (var r : reads) assertEquals(alone, r.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRealWpsPdfsFontsAreAllMadeWithoutTheirPrograms() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.REAL_PDF.resolve("huaian_city_2024.pdf"));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            doc.setResourceCache(new TextOnlyFonts());
            PDResources resources = doc.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName());
                assertTrue(TextOnlyFonts.textOnly(font), font.getName());
            }
            assertTrue(fonts.size() >= 3, fonts.toString());
        }
    }

    /** PDFBox lets go of a page's resources after each page; a font made for one page serves the next. */
    @Test
    void aFontMadeForOnePageServesTheNext() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.REAL_PDF.resolve("huaian_city_2024.pdf"));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            doc.setResourceCache(new TextOnlyFonts());
            PDPage first = doc.getPage(0);
            COSName name = first.getResources().getFontNames().iterator().next();
            PDFont font = first.getResources().getFont(name);
            first.removePageResourceFromCache();
            assertSame(font, first.getResources().getFont(name));
        }
    }

    @Test
    void aCodeItsToUnicodeMapLacksIsReadAsWithTheProgram() throws Exception {
        byte[] pdf = oneLine("年度报告AB");
        // the same PDF whose ToUnicode map names only the first character
        byte[] partial = withToUnicode(pdf, (font, map) -> {
            byte[] year = font.encode("年");
            int code = (year[0] & 0xFF) << 8 | year[1] & 0xFF;
            try (OutputStream out = map.createOutputStream()) {
                out.write(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Partial def "
                        + "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar "
                        + String.format("<%04X> <5E74>", code)
                        + " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        });
        assertTrue(madeTextOnly(partial));
        // PDFBox reads a code the map lacks as the character of the same number (not the one drawn), with or
        // without the program
        List<String> full = texts(PdfReader.read("partial.pdf", partial, false));
        assertTrue(full.get(0).startsWith("年") && !full.get(0).startsWith("年度"), full.toString());
        assertEquals(full, texts(PdfReader.read("partial.pdf", partial, true)));
    }

    @Test
    void aToUnicodeMapThatDoesNotParseLeavesTheFontWithItsProgram() throws Exception {
        byte[] pdf = oneLine("年度报告");
        // a stream in a filter nobody knows: its map cannot be read
        byte[] broken = withToUnicode(pdf, (font, map) -> {
            try (OutputStream out = map.createRawOutputStream()) {
                out.write("unreadable".getBytes(StandardCharsets.US_ASCII));
            }
            map.setItem(COSName.FILTER, COSName.getPDFName("NoSuchFilter"));
        });
        assertTrue(madeTextOnly(pdf));
        assertFalse(madeTextOnly(broken));
        assertEquals(outcome(broken, false), outcome(broken, true));
    }

    /** What fills a new ToUnicode stream for the font of a one-line PDF. */
    private interface MapWriter {
        void write(PDType0Font font, COSStream map) throws IOException;
    }

    /** {@code pdf} (one font) with its font's ToUnicode map replaced by a stream {@code writer} fills. */
    private static byte[] withToUnicode(byte[] pdf, MapWriter writer) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDType0Font font = (PDType0Font) onlyFont(doc);
            COSStream map = doc.getDocument().createCOSStream();
            writer.write(font, map);
            font.getCOSObject().setItem(COSName.TO_UNICODE, map);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static boolean madeTextOnly(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.setResourceCache(new TextOnlyFonts());
            return TextOnlyFonts.textOnly(onlyFont(doc));
        }
    }

    /** The font of a one-line PDF's page. */
    private static PDFont onlyFont(PDDocument doc) throws IOException {
        PDResources resources = doc.getPage(0).getResources();
        return resources.getFont(resources.getFontNames().iterator().next());
    }

    /** The lines read, or why none could be. */
    private static String outcome(byte[] pdf, boolean textOnly) {
        try {
            return texts(PdfReader.read("x.pdf", pdf, textOnly)).toString();
        } catch (UnreadableInputException e) {
            return e.getMessage();
        }
    }

    private static List<String> texts(SourceDocument doc) {
        return doc.lines().stream().map(SourceLine::text).toList();
    }

    /** A one-page PDF with {@code text} in Noto Sans SC, embedded as PDFBox embeds it (a subset with ToUnicode). */
    private static byte[] oneLine(String text) throws IOException {
        try (PDDocument doc = new PDDocument();
             InputStream ttf = TextOnlyFontsTest.class.getResourceAsStream("/fonts/NotoSansSC-Regular-GB2312.ttf")) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, ttf);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 14);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
