package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.LabelMatch;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static cn.zwgk.audit.parse.Corpus.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every cell of tables 三 and 四 and the values of table 二 of the five seeds, as printed in the files. */
class SeedTablesTest {

    private static final List<String> T3_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
            "其他", "总计");

    /** Table 三 of a seed: the non-zero cells as "row/column"; every other cell must read 0. */
    private static void assertTable3(Report r, Map<String, Long> nonZero) {
        List<Cell> t3 = r.cells().stream().filter(c -> c.table().equals("T3")).toList();
        assertEquals(175, t3.size());
        for (Cell c : t3) {
            assertEquals(CellState.NUMBER, c.state(), () -> "T3 " + c.row() + " " + c.column() + " in " + r.file());
            long expected = nonZero.getOrDefault(c.row() + "/" + c.column(), 0L);
            assertEquals(expected, c.value(), () -> "T3 " + c.row() + " " + c.column() + " in " + r.file());
        }
    }

    private static void assertTable4AllZero(Report r) {
        List<Cell> t4 = r.cells().stream().filter(c -> c.table().equals("T4")).toList();
        assertEquals(15, t4.size());
        for (Cell c : t4) {
            assertEquals(CellState.NUMBER, c.state());
            assertEquals(0L, c.value(), () -> "T4 " + c.columnLabel());
        }
    }

    /** 规章 ×3, 行政规范性文件 ×3, 行政许可, 行政处罚, 行政强制, 行政事业性收费. */
    private static void assertTable2(Report r, long... v) {
        String[][] keys = {{"规章", "本年制发件数"}, {"规章", "本年废止件数"}, {"规章", "现行有效件数"},
                {"行政规范性文件", "本年制发件数"}, {"行政规范性文件", "本年废止件数"}, {"行政规范性文件", "现行有效件数"},
                {"行政许可", "本年处理决定数量"}, {"行政处罚", "本年处理决定数量"}, {"行政强制", "本年处理决定数量"},
                {"行政事业性收费", "本年收费金额"}};
        assertEquals(10, r.cells().stream().filter(c -> c.table().equals("T2")).count());
        for (int i = 0; i < keys.length; i++) {
            Cell c = cell(r, "T2", keys[i][0], keys[i][1]);
            assertEquals(CellState.NUMBER, c.state(), keys[i][0] + " " + keys[i][1]);
            assertEquals(v[i], c.value(), keys[i][0] + " " + keys[i][1]);
        }
    }

    private static void assertComplete(Report r) {
        for (String id : List.of("T2", "T3", "T4")) {
            Table t = Corpus.table(r, id).orElseThrow(() -> new AssertionError(id + " missing in " + r.file()));
            assertTrue(t.missingRows().isEmpty(), id + " " + t.missingRows());
            assertFalse(t.truncated(), id);
        }
    }

    @Test
    void seed000AllZeroWithCutOffTable4Header() {
        Report r = Corpus.seedReport("000");
        assertComplete(r);
        assertTable3(r, Map.of());
        assertTable4AllZero(r);
        assertTable2(r, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(64, cell(r, "T4", "复议后起诉", "总计").line());
        assertEquals("inline", Corpus.table(r, "T3").orElseThrow().layout());
    }

    @Test
    void seed001NonZeroApplications() {
        Report r = Corpus.seedReport("001");
        assertComplete(r);
        assertTable3(r, Map.ofEntries(
                Map.entry("A/自然人", 42L), Map.entry("A/总计", 42L),
                Map.entry("C1/自然人", 13L), Map.entry("C1/总计", 13L),
                Map.entry("C2/自然人", 18L), Map.entry("C2/总计", 18L),
                Map.entry("C4.1/自然人", 9L), Map.entry("C4.1/总计", 9L),
                Map.entry("C7/自然人", 40L), Map.entry("C7/总计", 40L),
                Map.entry("D/自然人", 2L), Map.entry("D/总计", 2L)));
        assertTable4AllZero(r);
        assertTable2(r, 0, 0, 0, 3, 9, 12, 0, 0, 0, 0);
        // the row that repeats the group label "三、本年度办理结果" at the start of its line
        assertEquals(38, cell(r, "T3", "C3.1", "自然人").line());
        assertEquals(36, cell(r, "T3", "C1", "总计").line());
        assertEquals("（一）予以公开", cell(r, "T3", "C1", "总计").rowLabel());
        assertEquals(58, cell(r, "T3", "D", "总计").line());
    }

    @Test
    void seed002MarkdownShiftedCellsAndHeaderTypo() {
        Report r = Corpus.seedReport("002");
        assertComplete(r);
        assertTable3(r, Map.of());
        assertTable4AllZero(r);
        assertTable2(r, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals("markdown", Corpus.table(r, "T3").orElseThrow().layout());
        assertEquals(43, cell(r, "T3", "A", "自然人").line());
        assertEquals(66, cell(r, "T3", "C7", "总计").line());
        LabelMatch typo = r.labels().stream().filter(l -> l.found().equals("本年度止件数")).findFirst().orElseThrow();
        assertEquals("本年废止件数", typo.key());
        assertEquals("column", typo.kind());
        assertFalse(typo.oldFormat());
        assertTrue(typo.similarity() < 1 && typo.similarity() >= 0.8);
        assertEquals(23, typo.line());
        assertEquals(1, r.labels().size(), r.labels().toString());
    }

    @Test
    void seed003RepeatedRequests() {
        Report r = Corpus.seedReport("003");
        assertComplete(r);
        assertTable3(r, Map.of(
                "A/自然人", 14L, "A/总计", 14L,
                "C4.1/自然人", 1L, "C4.1/总计", 1L,
                "C5.4/自然人", 13L, "C5.4/总计", 13L,
                "C7/自然人", 14L, "C7/总计", 14L));
        assertTable4AllZero(r);
        assertTable2(r, 0, 0, 0, 4, 5, 5, 0, 0, 0, 0);
    }

    @Test
    void seed004() {
        Report r = Corpus.seedReport("004");
        assertComplete(r);
        assertTable3(r, Map.of(
                "A/自然人", 3L, "A/总计", 3L,
                "C2/自然人", 1L, "C2/总计", 1L,
                "C4.1/自然人", 2L, "C4.1/总计", 2L,
                "C7/自然人", 3L, "C7/总计", 3L));
        assertTable4AllZero(r);
        assertTable2(r, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0);
        assertTrue(r.labels().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyCellIsPrintedOnItsLine(String seed) {
        TextEvidence.assertCellsFromText(Corpus.seedReport(seed), Corpus.lines(Corpus.seed(seed)));
    }

    @Test
    void table4CellsAreKeyedByPosition() {
        Report r = Corpus.seedReport("001");
        Cell c = cell(r, "T4", "未经复议直接起诉", "尚未审结");
        assertEquals("未经复议直接起诉 尚未审结", c.columnLabel());
        assertEquals("行政诉讼 未经复议直接起诉", c.rowLabel());
    }
}
