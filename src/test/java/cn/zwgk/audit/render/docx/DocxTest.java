package cn.zwgk.audit.render.docx;

import cn.zwgk.audit.render.Ink;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written WordprocessingML as Word's reader (POI's XWPF) sees it: text, fonts, sizes, layout, tables. */
class DocxTest {

    private static XWPFDocument written(Docx d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.write(out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void textRunsAndParagraphPropertiesReadBack() throws Exception {
        Docx d = new Docx(Map.of("fontBody", "仿宋"));
        d.title("某某市人民政府办公室", 20, Ink.RED.hex());
        d.rule();
        d.aligned("某政公开函〔2026〕1号", 14, Docx.Align.CENTER);
        d.heading("一、审查发现的问题", 16);
        Docx.Paragraph p = d.text("第一段\n第二行", 16, true);
        d.add(p, "【错误】", 14, true, Ink.RED.hex());
        Docx.Paragraph row = d.text("", 12, false).indentLeft(420).keepNext();
        d.add(row, "依据：", 12, true, Ink.GREY.hex());
        d.pageBreak();
        try (XWPFDocument doc = written(d)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals(7, ps.size());
            XWPFParagraph title = ps.get(0);
            assertEquals("某某市人民政府办公室", title.getText());
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            XWPFRun t = title.getRuns().get(0);
            assertEquals("方正小标宋简体", t.getFontFamily(XWPFRun.FontCharRange.eastAsia), "the default title font");
            assertEquals(20.0, t.getFontSizeAsDouble());
            assertEquals(Ink.RED.hex(), t.getColor());
            assertEquals(Ink.RED.hex(), ps.get(1).getCTP().getPPr().getPBdr().getBottom().xgetColor().getStringValue());
            assertEquals(ParagraphAlignment.CENTER, ps.get(2).getAlignment());
            assertEquals("黑体", ps.get(3).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertTrue(ps.get(3).getCTP().getPPr().isSetKeepNext());
            XWPFParagraph body = ps.get(4);
            assertEquals("第一段\n第二行【错误】", body.getText(), "a '\\n' is a line break");
            assertEquals(640, body.getFirstLineIndent(), "two characters of 16 pt");
            assertEquals("仿宋", body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia), "office.yaml's font");
            assertTrue(body.getRuns().get(1).isBold());
            assertFalse(body.getRuns().get(0).isBold());
            assertEquals(14.0, body.getRuns().get(1).getFontSizeAsDouble());
            assertEquals(420, ps.get(5).getIndentationLeft());
            assertTrue(ps.get(5).getCTP().getPPr().isSetKeepNext());
            assertEquals(Ink.GREY.hex(), ps.get(5).getRuns().get(1).getColor());
            assertTrue(ps.get(6).isPageBreak());
            var page = doc.getDocument().getBody().getSectPr();
            assertEquals("11906", page.getPgSz().getW().toString(), "A4");
            assertEquals("2098", page.getPgMar().getTop().toString(), "GB/T 9704 top margin 37 mm");
        }
    }

    @Test
    void textThatIsNotPlainXmlSurvives() throws Exception {
        Docx d = new Docx(Map.of("fontBody", "A&B \"字体\" <x>"));
        String text = "a<b && c > d ]]> e \"q\" 'a'\t𠀀";
        d.text(text, 16, false);
        d.text("　开头的全角空格与结尾的空格 ", 16, false);
        d.text("控制字符\u0001与孤立代理\uD800", 16, false);
        try (XWPFDocument doc = written(d)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals(text, ps.get(0).getText());
            assertEquals("A&B \"字体\" <x>", ps.get(0).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.ascii));
            assertEquals("　开头的全角空格与结尾的空格 ", ps.get(1).getText(), "leading and trailing space kept");
            assertEquals("控制字符?与孤立代理?", ps.get(2).getText(), "what XML cannot hold becomes '?'");
        }
    }

    @Test
    void tablesHaveTheirHeaderRowsAndWidths() throws Exception {
        Docx d = new Docx(Map.of());
        d.table(List.of("序号", "单位"), List.of(List.of("1", "某局"), List.of("2")), 10.5, 1, 4);
        d.table(List.of(), List.of(List.of("报送机关", "某局")), 12);
        try (XWPFDocument doc = written(d)) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(2, tables.size());
            XWPFTable t = tables.get(0);
            assertEquals(3, t.getNumberOfRows());
            assertTrue(t.getRow(0).isRepeatHeader());
            assertFalse(t.getRow(1).isRepeatHeader());
            assertEquals("单位", t.getRow(0).getCell(1).getText());
            assertEquals("黑体", t.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0)
                    .getFontFamily(XWPFRun.FontCharRange.eastAsia), "the header in the heading font");
            assertEquals("某局", t.getRow(1).getCell(1).getText());
            assertEquals("", t.getRow(2).getCell(1).getText(), "a short row leaves its last cell empty");
            // the cells' size is the table style's (each cell says only how it differs), their font the document's
            var style = doc.getStyles().getStyle(t.getStyleID()).getCTStyle();
            assertEquals(21, ((java.math.BigInteger) style.getRPr().getSzArray(0).getVal()).intValue(), "10.5 pt");
            assertNull(t.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble());
            String styles = new String(doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/styles.xml"))
                    .get(0).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(styles.contains("<w:rPrDefault><w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\""), "the body font by default");
            assertEquals("报送机关", tables.get(1).getRow(0).getCell(0).getText());
            assertFalse(t.getStyleID().equals(tables.get(1).getStyleID()), "a 12-point table has a style of its own");
        }
    }

    @Test
    void tablesHaveAGridInTheirWeightsAcrossTheTextWidth() throws Exception {
        Docx d = new Docx(Map.of());
        d.table(List.of("序号", "单位"), List.of(List.of("1", "某局"), List.of("2")), 10.5, 1, 4);
        d.table(List.of(), List.of(List.of("报送机关", "某局", "")), 12);
        d.table(List.of("序号", "单位", "问题", "级别", "位置"), List.of(List.of("1")), 10.5, 0.9, 2.4, 4.5, 0.9, 2.1);
        try (XWPFDocument doc = written(d)) {
            var page = doc.getDocument().getBody().getSectPr();
            int text = ((java.math.BigInteger) page.getPgSz().getW()).intValue()
                    - ((java.math.BigInteger) page.getPgMar().getLeft()).intValue()
                    - ((java.math.BigInteger) page.getPgMar().getRight()).intValue();
            assertEquals(8844, text, "A4 less the GB/T 9704 margins");
            List<XWPFTable> tables = doc.getTables();
            assertGrid(tables.get(0), text, 1, 4);
            assertGrid(tables.get(1), text, 1, 1, 1);
            assertGrid(tables.get(2), text, 0.9, 2.4, 4.5, 0.9, 2.1);
        }
    }

    /** The table's grid and every cell's width: in twips, in the ratio of weights, summing to the text width. */
    private static void assertGrid(XWPFTable t, int textWidth, double... weights) {
        assertEquals(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED,
                t.getCTTbl().getTblPr().getTblLayout().getType(), "Word keeps the grid, not the content's widths");
        assertEquals(textWidth, t.getWidth());
        assertEquals(TableWidthType.DXA, t.getWidthType());
        var cols = t.getCTTbl().getTblGrid().getGridColList();
        assertEquals(weights.length, cols.size());
        double sum = java.util.Arrays.stream(weights).sum();
        int total = 0;
        for (int c = 0; c < weights.length; c++) {
            int w = ((java.math.BigInteger) cols.get(c).getW()).intValue();
            assertEquals(textWidth * weights[c] / sum, w, 1, "column " + c);
            total += w;
            for (XWPFTableRow r : t.getRows()) {
                assertEquals(TableWidthType.DXA, r.getCell(c).getWidthType());
                assertEquals(w, r.getCell(c).getWidth(), "each cell as wide as its grid column");
            }
        }
        assertEquals(textWidth, total, "the columns span the text width exactly");
    }

    @Test
    void thePackageHoldsTheWordParts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Docx(Map.of()).write(out);
        List<String> names = new java.util.ArrayList<>();
        String core = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().equals("docProps/core.xml")) core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                "word/document.xml", "word/_rels/document.xml.rels", "word/settings.xml", "word/styles.xml"), names);
        assertTrue(core.matches("(?s).*<dcterms:created xsi:type=\"dcterms:W3CDTF\">\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ<.*"), core);
    }
}
