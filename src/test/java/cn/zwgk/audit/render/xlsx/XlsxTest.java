package cn.zwgk.audit.render.xlsx;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook written without POI, read back with POI: what Excel would show. */
class XlsxTest {

    private static final String TRICKY = " <a & \"b\">\n\tline\r2\u0001\u00a0 ";

    private static XSSFWorkbook written() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Xlsx wb = new Xlsx(bytes, List.of(new Xlsx.Layout("按单位", 6, 34, 8),
                new Xlsx.Layout("Q1 & Q2", 10, 20), new Xlsx.Layout("A1", 5)))) {
            Xlsx.Sheet one = wb.sheet(2);
            one.header("序号", "单位", "错误");
            one.row(1, "昆明市盘龙区科学技术和工业信息化局", 0);
            one.row(2, TRICKY, 12_345_678);
            one.end();
            Xlsx.Sheet two = wb.sheet(1);
            two.header("a", "b");
            two.row("x".repeat(40_000), null);
            two.end();
            Xlsx.Sheet three = wb.sheet(0);
            three.header("only");
            three.end();
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void cellsReadBackAsWritten() throws IOException {
        try (XSSFWorkbook wb = written()) {
            assertEquals(3, wb.getNumberOfSheets());
            assertEquals("Q1 & Q2", wb.getSheetName(1));
            XSSFSheet sh = wb.getSheet("按单位");
            assertEquals(2, sh.getLastRowNum());
            assertEquals("单位", sh.getRow(0).getCell(1).getStringCellValue());
            assertEquals(1.0, sh.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(CellType.NUMERIC, sh.getRow(1).getCell(2).getCellType());
            assertEquals(12_345_678.0, sh.getRow(2).getCell(2).getNumericCellValue());
            // markup, line breaks and edge spaces survive; a control character becomes '?' as POI made it
            assertEquals(TRICKY.replace('\u0001', '?'), sh.getRow(2).getCell(1).getStringCellValue());
            XSSFCell cut = wb.getSheetAt(1).getRow(1).getCell(0);
            // cut within Excel's 32,767 characters, marked as cut
            assertEquals(32_760 + 2, cut.getStringCellValue().length());
            assertTrue(cut.getStringCellValue().endsWith("x……"));
            assertEquals("", wb.getSheetAt(1).getRow(1).getCell(1).getStringCellValue());
            assertEquals(0, wb.getSheetAt(2).getLastRowNum());
        }
    }

    @Test
    void headerStylesAndPrintingAsTheClerkWantsThem() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet sh = wb.getSheetAt(0);
            var head = sh.getRow(0).getCell(0).getCellStyle();
            assertTrue(head.getFont().getBold());
            assertEquals(FillPatternType.SOLID_FOREGROUND, head.getFillPattern());
            assertEquals(IndexedColors.GREY_25_PERCENT.getIndex(), head.getFillForegroundColor());
            var text = sh.getRow(1).getCell(1).getCellStyle();
            assertTrue(text.getWrapText());
            assertFalse(text.getFont().getBold());
            assertEquals(34 * 256, sh.getColumnWidth(1));
            assertEquals(1, sh.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sh.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, sh.getPrintSetup().getPaperSize());
            assertEquals(1, sh.getPrintSetup().getFitWidth());
            assertEquals(0, sh.getPrintSetup().getFitHeight());
            assertTrue(sh.getFitToPage());
            assertEquals(CellRangeAddress.valueOf("1:1"), sh.getRepeatingRows());
            assertEquals("A1:C1", sh.getCTWorksheet().getAutoFilter().getRef());
            // names that a formula must quote: with a space and '&', or like a cell reference
            assertEquals(CellRangeAddress.valueOf("1:1"), wb.getSheetAt(1).getRepeatingRows());
            assertEquals(CellRangeAddress.valueOf("1:1"), wb.getSheetAt(2).getRepeatingRows());
        }
    }

    @Test
    void sheetNamesExcelRefusesAreRefused() {
        for (String bad : List.of("", "a/b", "x".repeat(32), "'quoted'", "[1]")) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Xlsx(new ByteArrayOutputStream(), List.of(new Xlsx.Layout(bad, 5))), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new Xlsx(new ByteArrayOutputStream(),
                List.of(new Xlsx.Layout("Sheet", 5), new Xlsx.Layout("sheet", 5))));
    }

    @Test
    void formulaNamesQuotedWherePoiQuotesThem() {
        assertEquals("按单位", Xlsx.formulaName("按单位"));
        assertEquals("findings_2023.x", Xlsx.formulaName("findings_2023.x"));
        assertEquals("'Q1 & Q2'", Xlsx.formulaName("Q1 & Q2"));
        assertEquals("'A1'", Xlsx.formulaName("A1"));
        assertEquals("'2023'", Xlsx.formulaName("2023"));
        assertEquals("'TRUE'", Xlsx.formulaName("TRUE"));
        assertEquals("'R1C1'", Xlsx.formulaName("R1C1"));
        assertEquals("'it''s'", Xlsx.formulaName("it's"));
        assertEquals("AB", Xlsx.formulaName("AB"));
    }

    @Test
    void columnLetters() {
        assertEquals("A", Xlsx.column(0));
        assertEquals("L", Xlsx.column(11));
        assertEquals("Z", Xlsx.column(25));
        assertEquals("AA", Xlsx.column(26));
        assertEquals("AZ", Xlsx.column(51));
        assertEquals("BA", Xlsx.column(52));
    }
}
