package cn.zwgk.audit.render.font;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CompactTrueTypeFont;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document set in the compact font must look and read exactly as the same document set in OpenPDF's own font:
 * the same pixels when rendered, the same extracted text — with an embedded program of only the glyphs it uses.
 */
class CompactTrueTypeFontTest {

    /** Report wording, digits, full-width punctuation, accented Latin and Greek (composite glyphs), a ligature. */
    private static final String TEXT = "关于《某县人民政府2023年政府信息公开工作年度报告》的审查意见\n"
            + "收到申请数 75 件，其中：（一）予以公开 12 件；办结率 98.7%；信息处理费 0 元。\n"
            + "Café Ärger façade Ωμέγα ﬁnal — “引号” ‘单引号’ …… ①②③ ㈠ ℃ №";

    @Test
    void mainFontRendersAndReadsLikeOpenPdfsOwn() throws Exception {
        compare("fonts/NotoSansSC-Regular-GB2312.ttf", TEXT);
    }

    /** The full font: 31k glyphs, characters outside GB 2312 as in agencies' names (堃 喆 珺 犇 燊 鑫 淼 䶮). */
    @Test
    void fullFontRendersAndReadsLikeOpenPdfsOwn() throws Exception {
        compare("fonts/NotoSansSC-Regular.ttf", "某某局 堃 喆 珺 犇 燊 鑫 淼 䶮 — " + TEXT);
    }

    private static void compare(String resource, String text) throws Exception {
        byte[] ttf = resource(resource);
        byte[] compact = pdf(CompactTrueTypeFont.of(resource, ttf), text);
        byte[] reference = pdf(BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null),
                text);
        try (PDDocument a = Loader.loadPDF(compact); PDDocument b = Loader.loadPDF(reference)) {
            assertEquals(new PDFTextStripper().getText(b), new PDFTextStripper().getText(a));
            assertTrue(new PDFTextStripper().getText(a).contains("信息处理费 0 元"));
            BufferedImage ia = new PDFRenderer(a).renderImageWithDPI(0, 72);
            BufferedImage ib = new PDFRenderer(b).renderImageWithDPI(0, 72);
            assertArrayEquals(ib.getRGB(0, 0, ib.getWidth(), ib.getHeight(), null, 0, ib.getWidth()),
                    ia.getRGB(0, 0, ia.getWidth(), ia.getHeight(), null, 0, ia.getWidth()), "pixels differ");

            PDType0Font font = (PDType0Font) a.getPage(0).getResources()
                    .getFont(a.getPage(0).getResources().getFontNames().iterator().next());
            TrueTypeFont program = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont();
            long distinct = text.codePoints().filter(c -> c > ' ').distinct().count();
            // glyph 0, one glyph a character (a few share one, some add a composite's parts)
            assertTrue(program.getNumberOfGlyphs() <= distinct + 20 && program.getNumberOfGlyphs() >= distinct / 2,
                    program.getNumberOfGlyphs() + " glyphs for " + distinct + " characters");
            assertTrue(font.getDescendantFont().getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP) != null);
            assertChecksums(font.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray());
        }
        assertTrue(compact.length < reference.length, compact.length + " ≥ " + reference.length);
    }

    /** Every table's checksum as the directory gives it, and the whole file's sum the magic number of the spec. */
    private static void assertChecksums(byte[] ttf) {
        ByteBuffer b = ByteBuffer.wrap(ttf);
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int rec = 12 + 16 * i;
            String tag = new String(ttf, rec, 4, StandardCharsets.ISO_8859_1);
            int offset = b.getInt(rec + 8), length = b.getInt(rec + 12);
            byte[] table = Arrays.copyOfRange(ttf, offset, offset + ((length + 3) & ~3));
            if (tag.equals("head")) ByteBuffer.wrap(table).putInt(8, 0);
            assertEquals(sum(table), b.getInt(rec + 4), tag + " checksum");
        }
        assertEquals(0xB1B0AFBA, sum(ttf), "whole-file checksum");
    }

    private static int sum(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(data, (data.length + 3) & ~3));
        int s = 0;
        while (b.hasRemaining()) s += b.getInt();
        return s;
    }

    private static byte[] pdf(BaseFont base, String text) {
        Document doc = new Document();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(text, new Font(base, 14)));
        doc.close();
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CompactTrueTypeFontTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
