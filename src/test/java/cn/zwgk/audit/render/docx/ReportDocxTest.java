package cn.zwgk.audit.render.docx;

import cn.zwgk.audit.render.Ink;
import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.render.AppendixLook;
import cn.zwgk.audit.render.Outputs;
import cn.zwgk.audit.render.Samples;
import cn.zwgk.audit.render.Templates;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Word letter's appendix: tables 三 and 四 as read, the cells the findings name marked as in the PDF. */
class ReportDocxTest {

    private static XWPFDocument letter() throws Exception {
        Templates templates = Templates.load(Path.of("templates"));
        Outputs outputs = Outputs.standard(templates, Fixtures.tables(), Fixtures.codes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportDocx(templates.report()).write(outputs.view(Samples.audit(), LocalDate.of(2024, 3, 1)), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The row whose first cell starts with {@code label}, and the cell under the header {@code column}. */
    private static XWPFTableCell cell(XWPFTable t, String label, String column) {
        XWPFTableRow header = t.getRow(0);
        int c = -1;
        for (int i = 0; i < header.getTableCells().size(); i++) if (header.getCell(i).getText().equals(column)) c = i;
        for (XWPFTableRow r : t.getRows()) {
            if (r.getCell(0).getText().startsWith(label)) return r.getCell(c);
        }
        throw new AssertionError(label + " not in the table");
    }

    @Test
    void theAppendixHasTablesThreeAndFourWithTheFindingsCellsMarked() throws Exception {
        try (XWPFDocument doc = letter()) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(text.contains("附录　表格核对（按报告原文解析）"), "the appendix title");
            assertTrue(text.contains("表三　收到和处理政府信息公开申请情况") && text.contains("表四　政府信息公开行政复议、行政诉讼情况"));
            List<XWPFTable> tables = doc.getTables();
            XWPFTable t3 = tables.stream().filter(t -> t.getRow(0).getCell(0).getText().equals("项目")
                    && t.getNumberOfRows() > 20).findFirst().orElseThrow();

            // T3_BALANCE and NARRATIVE_MISMATCH name 一's 总计: red on the finding's fill, as the PDF has it
            XWPFTableCell flagged = cell(t3, "一、本年新收", "总计");
            assertEquals("42", flagged.getText());
            assertEquals(AppendixLook.Mark.FLAGGED.fill(), flagged.getColor());
            assertEquals(Ink.RED.hex(), flagged.getParagraphs().get(0).getRuns().get(0).getColor());
            assertTrue(flagged.getParagraphs().get(0).getRuns().get(0).isBold());
            // a cell nobody named: plain
            XWPFTableCell plain = cell(t3, "一、本年新收", "自然人");
            assertEquals("40", plain.getText());
            assertNull(plain.getColor());
            // the dash the report wrote is shown as written
            assertEquals("/", cell(t3, "1.信访举报投诉类申请", "其他").getText());

            // a group's heading is one band across the table
            XWPFTableRow band = t3.getRows().stream().filter(r -> r.getCell(0).getText().equals("三、本年度办理结果"))
                    .findFirst().orElseThrow();
            assertEquals(1, band.getTableCells().size());
            assertNotNull(band.getCell(0).getCTTc().getTcPr().getGridSpan());
            assertEquals(t3.getRow(0).getTableCells().size(),
                    band.getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());

            XWPFTable t4 = tables.get(tables.size() - 1);
            XWPFTableCell review = cell(t4, "行政复议", "总计");
            assertEquals("1", review.getText());
            assertEquals(AppendixLook.Mark.FLAGGED.fill(), review.getColor(), "T4_TOTAL names it");
        }
    }
}
