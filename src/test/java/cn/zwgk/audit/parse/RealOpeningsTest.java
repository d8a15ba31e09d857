package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.LabelMatch;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.zwgk.audit.parse.Corpus.cell;
import static cn.zwgk.audit.parse.Corpus.sectionNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The twelve truncated openings in messy layouts: what each yields, and that nothing is invented. */
class RealOpeningsTest {

    @ParameterizedTest
    @ValueSource(strings = {"006", "016", "022", "037", "039", "042", "045", "047", "048", "049", "053", "061"})
    void parsesAndReportsOnlyCellsTheTextContains(String name) {
        Report r = Corpus.openingReport(name);
        assertTrue(r.readable(), r.problems().toString());
        assertFalse(r.sections().isEmpty());
        TextEvidence.assertCellsFromText(r, Corpus.lines(Corpus.opening(name)));
        // every table found has all its canonical cells, present or MISSING
        for (Table t : r.tables()) {
            long n = r.cells().stream().filter(c -> c.table().equals(t.id())).count();
            assertEquals(switch (t.id()) { case "T2" -> 10; case "T3" -> 175; default -> 15; }, n, t.id());
        }
    }

    private static List<String> rowsWithCells(Report r, String table) {
        return r.cells().stream().filter(c -> c.table().equals(table) && c.state() != CellState.MISSING)
                .map(Cell::row).distinct().toList();
    }

    private static void assertRow(Report r, String table, String row, CellState state, Long value) {
        List<Cell> cells = r.cells().stream().filter(c -> c.table().equals(table) && c.row().equals(row)).toList();
        assertFalse(cells.isEmpty());
        for (Cell c : cells) {
            assertEquals(state, c.state(), row + " " + c.column());
            assertEquals(value, c.value(), row + " " + c.column());
        }
    }

    @Test
    void o006TraditionalCharactersAgencyFromPreamble() {
        Report r = Corpus.openingReport("006");
        assertEquals(List.of(1), sectionNumbers(r));
        assertEquals("一、總體情況", r.sections().get(0).heading());
        assertFalse(r.sections().get(0).variant());
        assertNull(r.title());
        assertEquals("广州市人民政府办公厅", r.agency());
        assertEquals(2021, r.year());
        assertTrue(r.tables().isEmpty());
    }

    @Test
    void o016InlineHeadingAndPinyin() {
        Report r = Corpus.openingReport("016");
        assertEquals(List.of(1), sectionNumbers(r));
        assertEquals(4, r.sections().get(0).line());
        assertTrue(r.sections().get(0).text().startsWith("2021年,市生態(tài)環(huán)境局"));
        assertEquals(3, r.title().line());
        assertEquals("常州市生态环境局", r.agency());
        assertEquals(2021, r.year());
        assertEquals(1, r.sums().size());
        assertEquals(60, r.sums().get(0).total());
        assertEquals(List.of(2L, 2L, 5L, 4L, 44L, 3L), r.sums().get(0).parts());
    }

    @Test
    void o022MojibakeNarrative() {
        Report r = Corpus.openingReport("022");
        assertEquals(List.of(1), sectionNumbers(r));
        assertEquals(9, Corpus.claims(r, "新收申请").get(0).value());
        assertEquals(1, Corpus.claims(r, "上年结转").get(0).value());
        assertEquals(1, Corpus.claims(r, "行政复议").get(0).value());
        // "上年转结1件,其中网络申请数5件,信函申请数5件": 1 is no stated total
        assertTrue(r.sums().isEmpty(), r.sums().toString());
    }

    @Test
    void o037InlineRowsCutInTable2() {
        Report r = Corpus.openingReport("037");
        assertEquals(List.of(1, 2), sectionNumbers(r));
        assertEquals(new cn.zwgk.audit.model.Period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31),
                "本年报中所列数据的统计期限从2021年1月1日起至2021年12月31日止", 1), r.period());
        Table t2 = Corpus.table(r, "T2").orElseThrow();
        assertTrue(t2.truncated());
        assertEquals(List.of("行政许可", "行政处罚", "行政强制", "行政事业性收费"), t2.missingRows());
        assertRow(r, "T2", "规章", CellState.NUMBER, 0L);
        assertRow(r, "T2", "行政规范性文件", CellState.NUMBER, 0L);
        assertRow(r, "T2", "行政许可", CellState.MISSING, null);
        assertTrue(Corpus.table(r, "T3").isEmpty());
        assertEquals(1, Corpus.claims(r, "新收申请").get(0).value());
    }

    @Test
    void o039CellPerLine() {
        Report r = Corpus.openingReport("039");
        assertEquals(List.of(1, 2), sectionNumbers(r));
        Table t2 = Corpus.table(r, "T2").orElseThrow();
        assertEquals("cell-per-line", t2.layout());
        assertEquals(List.of("行政事业性收费"), t2.missingRows());
        assertTrue(t2.truncated());
        assertEquals(List.of(15, 16, 17), List.of(cell(r, "T2", "规章", "本年制发件数").line(),
                cell(r, "T2", "规章", "本年废止件数").line(), cell(r, "T2", "规章", "现行有效件数").line()));
        assertEquals(39, cell(r, "T2", "行政强制", "本年处理决定数量").line());
        assertEquals(0L, cell(r, "T2", "行政强制", "本年处理决定数量").value());
        // "未收到法人或者其他组织对依申请公开政府信息的申请" says nothing about natural persons
        assertTrue(Corpus.claims(r, "无申请").isEmpty());
        assertEquals(73, r.sums().get(0).total());
    }

    @Test
    void o042EndsInTable3Header() {
        Report r = Corpus.openingReport("042");
        assertEquals(List.of(1, 2, 3), sectionNumbers(r));
        Table t2 = Corpus.table(r, "T2").orElseThrow();
        assertTrue(t2.missingRows().isEmpty());
        assertFalse(t2.truncated());
        for (String row : List.of("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费")) {
            assertRow(r, "T2", row, CellState.NUMBER, 0L);
        }
        Table t3 = Corpus.table(r, "T3").orElseThrow();
        assertEquals(25, t3.missingRows().size());
        assertTrue(t3.truncated());
        assertTrue(rowsWithCells(r, "T3").isEmpty());
    }

    @Test
    void o045BlankCellsAndSlashes() {
        Report r = Corpus.openingReport("045");
        assertEquals(List.of(1, 2, 3), sectionNumbers(r));
        assertEquals("区统计局", r.agency());
        assertRow(r, "T2", "规章", CellState.DASH, null);
        assertEquals("/", cell(r, "T2", "规章", "本年制发件数").raw());
        assertRow(r, "T2", "行政规范性文件", CellState.NUMBER, 0L);
        assertEquals(47, cell(r, "T2", "行政事业性收费", "本年收费金额").line());
        for (String row : List.of("A", "B")) {
            for (String col : List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) {
                assertEquals(CellState.BLANK, cell(r, "T3", row, col).state(), row + " " + col);
            }
            assertEquals(0L, cell(r, "T3", row, "总计").value());
        }
        assertEquals(69, cell(r, "T3", "A", "总计").line());
        assertRow(r, "T3", "C1", CellState.BLANK, null);
        Table t3 = Corpus.table(r, "T3").orElseThrow();
        assertEquals(List.of("A", "B", "C1"), rowsWithCells(r, "T3"));
        assertEquals(22, t3.missingRows().size());
        assertTrue(t3.truncated());
        assertEquals("", Corpus.section(r, 3).orElseThrow().text());
    }

    @Test
    void o047LeadingPipesTitleOverTwoLines() {
        Report r = Corpus.openingReport("047");
        assertEquals("2022年政府信息公开工作年度报告", r.title().text());
        assertEquals("桃江县松木塘镇人民政府", r.agency());
        assertEquals(2022, r.year());
        assertEquals(List.of(2L, 0L, 2L), List.of(cell(r, "T2", "规章", "本年制发件数").value(),
                cell(r, "T2", "规章", "本年废止件数").value(), cell(r, "T2", "规章", "现行有效件数").value()));
        assertEquals(2L, cell(r, "T2", "行政规范性文件", "本年制发件数").value());
        assertEquals(9L, cell(r, "T2", "行政处罚", "本年处理决定数量").value());
        assertEquals(CellState.MISSING, cell(r, "T2", "行政事业性收费", "本年收费金额").state());
        assertTrue(Corpus.table(r, "T2").orElseThrow().truncated());
        // the header cut off by the end of the file is no variant wording
        assertTrue(r.labels().isEmpty(), r.labels().toString());
        assertEquals(0, Corpus.claims(r, "新收申请").get(0).value());
        assertEquals(0, Corpus.claims(r, "行政复议").get(0).value());
        assertEquals(0, Corpus.claims(r, "行政诉讼").get(0).value());
        assertEquals(32, r.sums().get(0).total());
        assertEquals(32, r.sums().get(0).partsTotal());
    }

    @Test
    void o048FlattenedEmptyOldFormat() {
        Report r = Corpus.openingReport("048");
        assertEquals(List.of(1, 2, 3), sectionNumbers(r));
        assertEquals(2022, r.year());
        assertEquals("2022年度螅镇政府信息公开工作年度报告", r.title().text());
        assertEquals(2, r.title().line());
        assertTrue(r.cells().stream().allMatch(c -> c.state() == CellState.MISSING), "no cell is invented");
        assertEquals(6, Corpus.table(r, "T2").orElseThrow().missingRows().size());
        assertEquals(25, Corpus.table(r, "T3").orElseThrow().missingRows().size());
        Set<String> old = r.labels().stream().filter(LabelMatch::oldFormat).map(LabelMatch::found)
                .collect(Collectors.toSet());
        assertTrue(old.containsAll(Set.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
                "其他对外管理服务事项", "第二十条第(九)项", "采购项目数量", "采购总金额", "政府集中采购", "规范性文件")), old.toString());
        LabelMatch rule = r.labels().stream().filter(l -> l.found().equals("规范性文件")).findFirst().orElseThrow();
        assertEquals("行政规范性文件", rule.key());
        assertEquals(23, rule.line());
        assertEquals(127, cell(r, "T3", "C4.2", "总计").line());
    }

    @Test
    void o049SeparatorLines() {
        Report r = Corpus.openingReport("049");
        assertEquals(List.of(1, 2, 3), sectionNumbers(r));
        assertEquals("separated", Corpus.table(r, "T2").orElseThrow().layout());
        assertEquals(6L, cell(r, "T2", "规章", "现行有效件数").value());
        assertEquals(21, cell(r, "T2", "规章", "现行有效件数").line());
        assertEquals(List.of("A", "B", "C1", "C2", "C3.1", "C3.2", "C3.3", "C3.4", "C3.5"), rowsWithCells(r, "T3"));
        for (String row : rowsWithCells(r, "T3")) assertRow(r, "T3", row, CellState.NUMBER, 0L);
        Table t3 = Corpus.table(r, "T3").orElseThrow();
        assertTrue(t3.truncated());
        assertEquals("6.属于四类过程性信息", t3.missingRows().get(0));
        assertTrue(r.labels().isEmpty(), "a label cut off by the end of the file is no variant: " + r.labels());
        assertEquals("该部分以表格形式报告。表格如下:", Corpus.section(r, 2).orElseThrow().text());
    }

    @Test
    void o053GarbledTitleFlattenedCells() {
        Report r = Corpus.openingReport("053");
        assertEquals(5, r.title().line());
        assertEquals("昌图县七家子镇", r.agency());
        assertEquals(2023, r.year());
        assertEquals(30L, cell(r, "T2", "行政处罚", "本年处理决定数量").value());
        LabelMatch cut = r.labels().get(0);
        assertEquals("现行有效件", cut.found());
        assertEquals("现行有效件数", cut.key());
        assertEquals(List.of("A", "B"), rowsWithCells(r, "T3"));
        assertRow(r, "T3", "A", CellState.NUMBER, 0L);
        assertEquals("0", cell(r, "T3", "B", "总计").raw());
        assertEquals(133, cell(r, "T3", "B", "总计").line());
        assertTrue(Corpus.table(r, "T3").orElseThrow().truncated());
    }

    @Test
    void o061TablesAbsent() {
        Report r = Corpus.openingReport("061");
        assertEquals(List.of(1, 5), sectionNumbers(r));
        assertTrue(r.tables().isEmpty());
        assertTrue(r.cells().isEmpty());
        assertEquals(0, Corpus.claims(r, "无申请").get(0).value());
        assertEquals(2024, r.year());
    }
}
