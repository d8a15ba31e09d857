package cn.zwgk.audit.render.font;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CompactTrueTypeFont;
import com.lowagie.text.pdf.ContentOps;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text placed and shown by {@link ContentOps} is what OpenPDF's setTextMatrix and showText write: the same content
 * stream bytes (text matrices, glyph ids, escapes of bytes that are parentheses or backslashes), the same embedded
 * glyphs and the same extracted text.
 */
class ContentOpsTest {

    /**
     * Glyph ids with a byte that must be escaped in a string — '(' in 申 (0x1128), ')' in 出 (0x0529), '\\' in 侍
     * (0x045c); backspace, tab, line feed, form feed and carriage return as the high byte (夼 尹 彗 摊 杩: 0x0800,
     * 0x0900, 0x0a00, 0x0c00, 0x0d00) and the low (仨 仪 仫 仰 仲: 0x0408 … 0x040d) — and a repeated character
     * (recorded once).
     */
    private static final String TEXT = "关于《某县2023年政府信息公开工作年度报告》的审查意见（一）予以公开 12 件；"
            + "申请 出具 侍 仲裁 夼尹彗摊杩 仨仪仫仰仲 办结率 98.7% \\ ( ) — “引号” …… 审查审查审查 Ωμέγα ﬁnal";

    @Test
    void writesWhatOpenPdfWrites() throws Exception {
        String resource = "fonts/NotoSansSC-Regular-GB2312.ttf";
        byte[] ttf;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            ttf = in.readAllBytes();
        }
        BaseFont font = CompactTrueTypeFont.of(resource, ttf);
        ContentOps glyphs = new ContentOps();
        byte[] ours = pdf(font, (cb, at) -> ContentOps.moveTo(cb, 60, at), (cb, line) -> glyphs.show(cb, line));
        byte[] openPdf = pdf(font, (cb, at) -> cb.setTextMatrix(60, at), PdfContentByte::showText);
        try (PDDocument a = Loader.loadPDF(ours); PDDocument b = Loader.loadPDF(openPdf)) {
            assertArrayEquals(b.getPage(0).getContents().readAllBytes(), a.getPage(0).getContents().readAllBytes(),
                    "content stream");
            String text = new PDFTextStripper().getText(a);
            assertEquals(new PDFTextStripper().getText(b), text);
            assertTrue(text.contains("办结率 98.7%") && text.contains("申请 出具 侍 仲裁"), text);
            String content = new String(a.getPage(0).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String escape : new String[] {"\\(", "\\)", "\\\\", "\\b", "\\t", "\\n", "\\f", "\\r"}) {
                assertTrue(content.contains(escape), escape + " written");
            }
        }
        assertEquals(openPdf.length, ours.length, "same objects, same embedded glyphs");
    }

    /** Numbers as OpenPDF formats them: small, large, negative, fractions, rounding edges. */
    @Test
    void rectanglesAndTextMatricesAreOpenPdfsBytes() {
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 200_000; i++) {
            float v = switch (i % 5) {
                case 0 -> i / 1000f - 100;
                case 1 -> (random.nextFloat() - 0.5f) * 2000;
                case 2 -> (random.nextFloat() - 0.5f) * 2;
                case 3 -> Math.round(random.nextFloat() * 84_200) / 100f + (random.nextInt(3) - 1) * 0.005f;
                default -> (random.nextFloat() - 0.5f) * 80_000;
            };
            PdfContentByte ours = new PdfContentByte(null);
            PdfContentByte openPdf = new PdfContentByte(null);
            ContentOps.rectangle(ours, v, -v, v / 3, v * 7);
            openPdf.rectangle(v, -v, v / 3, v * 7);
            ContentOps.moveTo(ours, v, v + 0.5f);
            openPdf.setTextMatrix(v, v + 0.5f);
            assertEquals(openPdf.toString(), ours.toString(), "v = " + v);
        }
    }

    private static byte[] pdf(BaseFont font, BiConsumer<PdfContentByte, Float> moveTo,
                              BiConsumer<PdfContentByte, String> show) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        cb.beginText();
        cb.setFontAndSize(font, 11);
        float y = 780.125f;
        for (String line : TEXT.split("；")) {
            moveTo.accept(cb, y);
            show.accept(cb, line);
            y -= 20.37f;
        }
        cb.endText();
        doc.close();
        return out.toByteArray();
    }
}
