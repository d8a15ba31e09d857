package cn.zwgk.audit.engine;

import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.LabelMatch;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.model.Severity;
import cn.zwgk.audit.model.SumClaim;
import cn.zwgk.audit.model.Table;
import cn.zwgk.audit.model.YearMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped rules on hand-built reports: one defect at a time, so each test shows exactly which code it causes. */
class RuleBaseTest {

    static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = CompiledRules.FIXTURE.rules();
    }

    private static List<Finding> audit(ReportBuilder b) {
        return rules.evaluate(b.build());
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    private static List<Finding> only(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.rule().equals(code)).toList();
    }

    @Test
    void cleanReportHasNoFinding() {
        assertEquals(List.of(), audit(new ReportBuilder()));
    }

    @Test
    void unbalancedColumnOfTable3() {
        // one more received application by a 商业企业, nothing else changed: column and row both break
        var f = audit(new ReportBuilder().set("T3", "A", "商业企业", 1));
        var balance = only(f, "T3_BALANCE");
        assertEquals(1, balance.size(), f.toString());
        assertEquals("商业企业", balance.get(0).column());
        assertEquals(1L, balance.get(0).expected());
        assertEquals(0L, balance.get(0).actual());
        assertEquals(Severity.ERROR, balance.get(0).severity());
        assertEquals(3, balance.get(0).section());
        assertTrue(balance.get(0).message().contains("商业企业"), balance.get(0).message());
        var rowTotal = only(f, "T3_ROW_TOTAL");
        assertEquals(1, rowTotal.size());
        assertEquals(43L, rowTotal.get(0).expected());
        assertEquals(42L, rowTotal.get(0).actual());
        assertEquals("一、本年新收政府信息公开申请数量", rowTotal.get(0).row());
        assertEquals(List.of(), only(f, "T3_RESULT_SUM"));
    }

    @Test
    void resultRowsDoNotAddUpToTotal() {
        var f = audit(new ReportBuilder().set("T3", "C4.2", "自然人", 1).set("T3", "C4.2", "总计", 1));
        var sum = only(f, "T3_RESULT_SUM");
        assertEquals(List.of("总计", "自然人"), sum.stream().map(Finding::column).toList(), f.toString());
        assertEquals(41L, sum.get(1).expected());
        assertEquals(40L, sum.get(1).actual());
        // "9件无法提供" now restates 9 against a group sum of 10
        assertEquals(List.of(10L), only(f, "NARRATIVE_MISMATCH").stream().map(Finding::expected).toList());
    }

    @Test
    void blankCellIsInvalidAndNeverAnArithmeticError() {
        var f = audit(new ReportBuilder().state("T3", "A", "自然人", CellState.BLANK, ""));
        assertEquals(List.of("CELL_INVALID"), codes(f));
        assertEquals("自然人", f.get(0).column());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void severalInvalidCellsOfARowAreOneFinding() {
        var b = new ReportBuilder();
        for (String col : ReportBuilder.T3_COLS) b.state("T3", "B", col, CellState.BLANK, "");
        b.state("T3", "C1", "科研机构", CellState.DASH, "—").state("T3", "C1", "其他", CellState.TEXT, "无");
        var f = audit(b);
        assertEquals(List.of("CELL_INVALID", "CELL_INVALID"), codes(f), f.toString());
        Finding row = f.stream().filter(x -> "二、上年结转政府信息公开申请数量".equals(x.row())).findFirst().orElseThrow();
        assertEquals(null, row.column());
        assertTrue(row.message().contains("7个单元格"), row.message());
        Finding c1 = f.stream().filter(x -> "（一）予以公开".equals(x.row())).findFirst().orElseThrow();
        assertTrue(c1.evidence().contains("科研机构（“—”）") && c1.evidence().contains("其他（“无”）"), c1.evidence());
    }

    @Test
    void sectionsAfterATruncatedTableSayTheFileEnds() {
        var b = new ReportBuilder();
        b.tables.set(1, new Table("T3", 3, 32, 40, "inline", 25, List.of("（七）总计", "四、结转下年度继续办理"), true));
        b.tables.remove(2);
        b.cells.removeIf(c -> c.table().equals("T4"));
        b.sections.removeIf(s -> s.number() > 3);
        b.claims.removeIf(c -> c.section() > 3 || c.metric().startsWith("行政"));
        for (String col : ReportBuilder.T3_COLS) {
            b.state("T3", "C7", col, CellState.MISSING, null);
            b.state("T3", "D", col, CellState.MISSING, null);
        }
        var f = audit(b);
        assertEquals(List.of("TABLE_INCOMPLETE", "SECTION_MISSING", "SECTION_MISSING", "SECTION_MISSING"), codes(f),
                f.toString());
        assertTrue(f.get(1).message().contains("文件在“三、收到和处理政府信息公开申请情况”的表格中途结束"), f.get(1).message());
    }

    @Test
    void missingRowsMakeTheTableIncompleteWithoutIdentityErrors() {
        var b = new ReportBuilder();
        b.tables.set(1, new Table("T3", 3, 32, 40, "inline", 25, List.of("（七）总计", "四、结转下年度继续办理"), true));
        for (String col : ReportBuilder.T3_COLS) {
            b.state("T3", "C7", col, CellState.MISSING, null);
            b.state("T3", "D", col, CellState.MISSING, null);
        }
        var f = audit(b);
        assertEquals(List.of("TABLE_INCOMPLETE"), codes(f), f.toString());
        assertTrue(f.get(0).message().contains("（七）总计"), f.get(0).message());
    }

    @Test
    void fileEndingInTheLastRowOfATable() {
        var b = new ReportBuilder().state("T4", "复议后起诉", "尚未审结", CellState.MISSING, null)
                .state("T4", "复议后起诉", "总计", CellState.MISSING, null);
        b.tables.set(2, new Table("T4", 4, 61, 64, "inline", 3, List.of(), true));
        b.sections.removeIf(s -> s.number() > 4);
        b.claims.removeIf(c -> c.section() > 4);
        var f = audit(b);
        assertEquals(List.of("TABLE_INCOMPLETE", "SECTION_MISSING", "SECTION_MISSING"), codes(f), f.toString());
        assertEquals("文件在表四中途结束，表格不完整", f.get(0).message());
    }

    @Test
    void cellsMissingAtTheEndOfARowMakeTheTableIncomplete() {
        var b = new ReportBuilder().state("T4", "复议后起诉", "尚未审结", CellState.MISSING, null)
                .state("T4", "复议后起诉", "总计", CellState.MISSING, null);
        var f = audit(b);
        assertEquals(List.of("TABLE_INCOMPLETE"), codes(f), f.toString());
        // table 四 names a column with its row, as the parser does
        assertEquals("复议后起诉 尚未审结、复议后起诉 总计", f.get(0).evidence());
        assertEquals("行政诉讼 复议后起诉", f.get(0).row());
        assertEquals(List.of("T4|复议后起诉|尚未审结", "T4|复议后起诉|总计"), f.get(0).cells());
    }

    @Test
    void table4GroupTotal() {
        var f = audit(new ReportBuilder().set("T4", "行政复议", "结果维持", 1));
        // the narrative's "未发生…行政复议" restates 总计, which still says 0: only the group sum breaks
        assertEquals(List.of("T4_TOTAL"), codes(f));
        assertEquals(1L, only(f, "T4_TOTAL").get(0).expected());
    }

    @Test
    void table2Stock() {
        var f = audit(new ReportBuilder().set("T2", "行政规范性文件", "本年制发件数", 30));
        assertEquals(List.of("T2_STOCK"), codes(f));
        assertEquals(21L, f.get(0).expected());
        assertEquals(12L, f.get(0).actual());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void narrativeNumberDiffersFromTable() {
        var b = new ReportBuilder().removeClaims("新收申请").claim("新收申请", 41, "新受理政府信息公开申请41件", 1);
        var f = audit(b);
        assertEquals(List.of("NARRATIVE_MISMATCH"), codes(f));
        Finding n = f.get(0);
        assertEquals(42L, n.expected());
        assertEquals(41L, n.actual());
        assertEquals("T3", n.table());
        assertEquals(1, n.section());
        assertEquals("新受理政府信息公开申请41件", n.evidence());
        assertTrue(n.message().contains("41") && n.message().contains("42"), n.message());
    }

    @Test
    void narrativeGroupSumAndNoneStatement() {
        var b = new ReportBuilder().claim("无申请", 0, "未收到政府信息公开申请", 1).claim("无法提供", 8, "8件无法提供", 1);
        var f = audit(b);
        assertEquals(List.of(9L, 42L), only(f, "NARRATIVE_MISMATCH").stream().map(f1 -> (Long) f1.expected()).sorted().toList());
    }

    @Test
    void sumStatementThatDoesNotAddUp() {
        var b = new ReportBuilder();
        b.sums.add(new SumClaim(2578, List.of(361L, 335L, 1881L), 2577, "共2578条，其中361条、335条、1881条", 1, 5));
        var f = audit(b);
        assertEquals(List.of("NARRATIVE_SUM"), codes(f));
        assertEquals(2578L, f.get(0).expected());
        assertEquals(2577L, f.get(0).actual());
    }

    @Test
    void feeNotDisclosed() {
        var f = audit(new ReportBuilder().section6("本年度无其他需要报告的事项。"));
        assertEquals(List.of("FEE_NOT_DISCLOSED"), codes(f));
        assertEquals(6, f.get(0).section());
    }

    @Test
    void feeNoticesDeniedWhileTableCountsUnpaidNotice() {
        var b = new ReportBuilder().section6("本年度未发出收费通知，没有产生信息处理费。")
                .claim("收费通知", 0, "未发出收费通知", 6)
                .set("T3", "C6.2", "自然人", 1).set("T3", "C6.2", "总计", 1)
                .set("T3", "C7", "自然人", 41).set("T3", "C7", "总计", 41)
                .set("T3", "A", "自然人", 43).set("T3", "A", "总计", 43)
                .removeClaims("新收申请").removeClaims("办结");
        var f = audit(b);
        assertEquals(List.of("FEE_CONTRADICTION"), codes(f), f.toString());
        assertEquals(1L, f.get(0).actual());
    }

    @Test
    void notCollectingIsNoContradictionWithAnUnpaidNotice() {
        var b = new ReportBuilder().section6("本年度未收取信息处理费。").claim("未收费", 0, "未收取信息处理费", 6)
                .set("T3", "C6.2", "自然人", 1).set("T3", "C6.2", "总计", 1)
                .set("T3", "C7", "自然人", 41).set("T3", "C7", "总计", 41)
                .set("T3", "A", "自然人", 43).set("T3", "A", "总计", 43)
                .removeClaims("新收申请").removeClaims("办结");
        assertEquals(List.of(), audit(b));
    }

    @Test
    void feeSelfContradictionAndSuspectAmount() {
        var b = new ReportBuilder().section6("未收取信息处理费。共计收取信息处理费655元。")
                .claim("未收费", 0, "未收取信息处理费", 6);
        b.claims.add(new cn.zwgk.audit.model.Claim("收费金额", 655, "元", "共计收取信息处理费655元", "…", 6, 69));
        var f = audit(b);
        assertEquals(List.of("FEE_AMOUNT_SUSPECT", "FEE_CONTRADICTION"), codes(f).stream().sorted().toList());
        assertEquals(Severity.WARNING, only(f, "FEE_AMOUNT_SUSPECT").get(0).severity());
    }

    @Test
    void titleAndPeriodMissingAreWarnings() {
        var b = new ReportBuilder();
        b.title = null;
        b.period = null;
        b.years.clear();
        var f = audit(b);
        assertEquals(List.of("PERIOD_MISSING", "TITLE_MISSING"), codes(f).stream().sorted().toList());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING));
    }

    @Test
    void yearMismatchWithoutMajorityBlamesTheLaterMention() {
        var b = new ReportBuilder();
        b.years.set(1, new YearMention("统计期限", 2022, "统计期限为2022年1月1日至2022年12月31日", 2));
        var f = audit(b);
        assertEquals(List.of("YEAR_MISMATCH"), codes(f));
        assertEquals(2, f.get(0).line());
        assertEquals(2023L, f.get(0).expected());
    }

    @Test
    void yearMismatch() {
        var b = new ReportBuilder();
        b.years.add(new YearMention("总体情况", 2022, "2022年,区政府办公室…", 4));
        var f = audit(b);
        assertEquals(List.of("YEAR_MISMATCH"), codes(f));
        assertEquals(2023L, f.get(0).expected());
        assertEquals(2022L, f.get(0).actual());
        assertEquals(4, f.get(0).line());
    }

    @Test
    void sectionMissingAndOutOfOrder() {
        var b = new ReportBuilder();
        b.sections.removeIf(s -> s.number() == 5);
        var f = audit(b);
        assertEquals(List.of("SECTION_MISSING"), codes(f));
        assertEquals(5, f.get(0).section());
        assertTrue(f.get(0).message().contains("存在的主要问题及改进情况"), f.get(0).message());

        var o = new ReportBuilder();
        Section three = o.sections.get(2);
        Section four = o.sections.get(3);
        o.sections.set(2, withPosition(three, 4));
        o.sections.set(3, withPosition(four, 3));
        var g = audit(o);
        assertEquals(List.of("SECTION_ORDER"), codes(g));
        assertEquals(3, g.get(0).section());
    }

    private static Section withPosition(Section s, int position) {
        return new Section(s.number(), s.heading(), s.canonical(), s.variant(), s.line(), s.endLine(), position,
                s.substance(), s.text());
    }

    @Test
    void emptySectionVariantHeadingAndMissingTable() {
        var b = new ReportBuilder();
        Section five = b.sections.get(4);
        b.sections.set(4, new Section(5, "五、存在问题及改进情况", five.canonical(), true, five.line(), five.endLine(),
                5, 1, "无。"));
        b.tables.removeIf(t -> t.id().equals("T2"));
        b.cells.removeIf(c -> c.table().equals("T2"));
        b.removeClaims("规范性文件现行有效");
        var f = audit(b);
        assertEquals(List.of("TABLE_MISSING", "SECTION_EMPTY", "SECTION_TITLE_VARIANT"), codes(f), f.toString());
        assertEquals("T2", f.get(0).table());
    }

    @Test
    void labelsApproximateAndOld() {
        var b = new ReportBuilder();
        b.labels.add(new LabelMatch("T2", "column", "本年废止件数", "本年废止件数", "本年度止件数", 0.83, false, 19));
        b.labels.add(new LabelMatch("T2", "column", null, null, "本年新制作数量", 1, true, 19));
        b.labels.add(new LabelMatch("T2", "column", null, null, "本年新公开数量", 1, true, 19));
        b.labels.add(new LabelMatch("T2", "row", null, null, "政府集中采购", 1, true, 40));
        var f = audit(b);
        assertEquals(List.of("LABEL_VARIANT", "OLD_FORMAT"), codes(f).stream().sorted().toList());
        assertEquals("本年新公开数量、本年新制作数量、政府集中采购", only(f, "OLD_FORMAT").get(0).evidence());
        assertEquals(19, only(f, "OLD_FORMAT").get(0).line());
        assertEquals(Severity.INFO, only(f, "LABEL_VARIANT").get(0).severity());
        assertTrue(only(f, "OLD_FORMAT").get(0).message().contains("本年新制作数量"));
    }

    @Test
    void unreadableReportGetsOnlyThatFinding() {
        var f = rules.evaluate(Report.unreadable("x.txt", null, "文件为空"));
        assertEquals(List.of("INPUT_UNREADABLE"), codes(f));
        assertTrue(f.get(0).message().contains("文件为空"));
        assertNotNull(f.get(0).basis());
    }

    @Test
    void evaluationIsThreadSafe() {
        List<Report> reports = List.of(new ReportBuilder().build(),
                new ReportBuilder().set("T3", "A", "商业企业", 1).build(),
                new ReportBuilder().section6("无。").build(),
                new ReportBuilder().state("T3", "A", "自然人", CellState.BLANK, "").build());
        List<List<Finding>> sequential = reports.stream().map(rules::evaluate).toList();
        for (int round = 0; round < 5; round++) {
            List<List<Finding>> parallel = java.util.stream.IntStream.range(0, 200).parallel()
                    .mapToObj(i -> rules.evaluate(reports.get(i % reports.size()))).toList();
            for (int i = 0; i < parallel.size(); i++) assertEquals(sequential.get(i % reports.size()), parallel.get(i));
        }
    }

    @Test
    void findingsAreSortedBySectionThenLine() {
        var b = new ReportBuilder().set("T3", "A", "商业企业", 1).section6("无。");
        b.title = null;
        var f = audit(b);
        List<Integer> sections = f.stream().map(x -> x.section() == null ? 0 : x.section()).toList();
        assertEquals(sections.stream().sorted().toList(), sections);
        assertFalse(f.isEmpty());
    }
}
