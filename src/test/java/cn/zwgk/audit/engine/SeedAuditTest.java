package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Severity;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.read.Documents;
import cn.zwgk.audit.read.SourceDocument;
import cn.zwgk.audit.read.SourceLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five seeds through the real parser and the shipped rules: unmodified they have no error (spec §15), and each
 * defect made in their text produces its code.
 */
class SeedAuditTest {

    static final Path SEEDS = Fixtures.SEEDS;
    static RuleBase rules;
    static ReportParser parser;

    @BeforeAll
    static void load() throws Exception {
        rules = CompiledRules.SHIPPED.rules();
        parser = CompiledRules.SHIPPED.parser();
    }

    static Path seed(String number) throws Exception {
        try (var s = Files.list(SEEDS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
        }
    }

    static String text(String number) throws Exception {
        SourceDocument doc = Documents.read(seed(number));
        return doc.lines().stream().map(SourceLine::text).collect(Collectors.joining("\n"));
    }

    static List<Finding> audit(String number, UnaryOperator<String> edit) throws Exception {
        String original = text(number);
        String edited = edit.apply(original);
        assertFalse(edited.equals(original) && edit != UnaryOperator.<String>identity(), "the edit changed nothing");
        Report report = parser.parse(SourceDocument.ofText(seed(number).toString(), "text", "UTF-8", edited));
        return rules.evaluate(report);
    }

    static List<Finding> audit(String number) throws Exception {
        return rules.evaluate(parser.parse(Documents.read(seed(number))));
    }

    static List<String> codes(List<Finding> f, Severity severity) {
        return f.stream().filter(x -> x.severity() == severity).map(Finding::rule).sorted().toList();
    }

    static List<String> codes(List<Finding> f) {
        return f.stream().map(Finding::rule).distinct().sorted().toList();
    }

    static List<Finding> only(List<Finding> f, String code) {
        return f.stream().filter(x -> x.rule().equals(code)).toList();
    }

    static Finding first(List<Finding> f, String code) {
        return f.stream().filter(x -> x.rule().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + f));
    }

    // --- the unmodified seeds (spec §15) ---

    @Test
    void seed000IsClean() throws Exception {
        assertEquals(List.of(), audit("000"));
    }

    @Test
    void seed001LacksOnlyThePeriod() throws Exception {
        var f = audit("001");
        assertEquals(List.of(), codes(f, Severity.ERROR));
        assertEquals(List.of("PERIOD_MISSING"), codes(f, Severity.WARNING));
    }

    @Test
    void seed002LacksThePeriodAndHasTheLabelTypo() throws Exception {
        var f = audit("002");
        assertEquals(List.of(), codes(f, Severity.ERROR));
        assertEquals(List.of("PERIOD_MISSING"), codes(f, Severity.WARNING));
        Finding label = first(f, "LABEL_VARIANT");
        assertEquals("本年度止件数", label.evidence());
        assertEquals(Severity.INFO, label.severity());
    }

    @Test
    void seed003LacksTitleAndPeriodAsWarnings() throws Exception {
        var f = audit("003");
        assertEquals(List.of(), codes(f, Severity.ERROR));
        assertEquals(List.of("PERIOD_MISSING", "TITLE_MISSING"), codes(f, Severity.WARNING));
    }

    @Test
    void seed004HasNoErrorOrWarning() throws Exception {
        var f = audit("004");
        assertEquals(List.of(), codes(f, Severity.ERROR));
        assertEquals(List.of(), codes(f, Severity.WARNING));
    }

    // --- one defect at a time ---

    @Test
    void changedCellOfTable3BreaksItsColumnAndRow() throws Exception {
        var f = audit("001", t -> t.replace("(一)予以公开 | 13 | 0 | 0 | 0 | 0 | 0 | 13 |",
                "(一)予以公开 | 13 | 0 | 0 | 0 | 0 | 0 | 14 |"));
        Finding row = first(f, "T3_ROW_TOTAL");
        assertEquals(13L, row.expected());
        assertEquals(14L, row.actual());
        assertTrue(row.row().contains("予以公开"), row.row());
        Finding sum = first(f, "T3_RESULT_SUM");
        assertEquals("总计", sum.column());
        assertEquals(41L, sum.expected());
        assertEquals(40L, sum.actual());
        assertEquals(List.of("NARRATIVE_MISMATCH", "PERIOD_MISSING", "T3_RESULT_SUM", "T3_ROW_TOTAL"), codes(f));
    }

    @Test
    void changedCarryOverBreaksTheBalance() throws Exception {
        var f = audit("004", t -> t.replace("四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"));
        List<Finding> balance = f.stream().filter(x -> x.rule().equals("T3_BALANCE")).toList();
        assertEquals(List.of("总计", "自然人"), balance.stream().map(Finding::column).sorted().toList());
        assertEquals(3L, balance.get(0).expected());
        assertEquals(4L, balance.get(0).actual());
        // "无结转下年度办理件" restates D = 0
        assertEquals(1L, first(f, "NARRATIVE_MISMATCH").expected());
    }

    @Test
    void changedCellOfTable4() throws Exception {
        var f = audit("000", t -> t.replaceFirst("\n0 \\| 0 \\| 0 \\| 0 \\| 0 \\| ", "\n0 | 2 | 0 | 0 | 0 | "));
        Finding t4 = first(f, "T4_TOTAL");
        assertEquals(2L, t4.expected());
        assertEquals(0L, t4.actual());
        assertEquals("T4", t4.table());
        assertEquals(List.of("T4_TOTAL"), codes(f, Severity.ERROR));
    }

    @Test
    void droppedSection() throws Exception {
        var f = audit("003", t -> t.replaceAll("(?s)五、存在的主要问题及改进情况\n.*?(?=六、)", ""));
        Finding missing = first(f, "SECTION_MISSING");
        assertEquals(5, missing.section());
        assertEquals(List.of("SECTION_MISSING"), codes(f, Severity.ERROR));
    }

    @Test
    void fileStoppingMidSentenceSaysSoForEveryPartAfter() throws Exception {
        var f = audit("003", t -> t.replaceAll("(?s)(我局共承办依申请公开政府信息事项14件,无当).*", "$1"));
        assertEquals(List.of("SECTION_MISSING", "SECTION_MISSING", "SECTION_MISSING", "SECTION_MISSING",
                "SECTION_MISSING"), codes(f, Severity.ERROR));
        for (Finding m : only(f, "SECTION_MISSING")) {
            assertTrue(m.message().endsWith("：文件在“一、总体情况”的一段文字中途结束，像是文件不完整"), m.message());
            assertEquals("……共承办依申请公开政府信息事项14件,无当", m.evidence());
            assertEquals(3, m.line());
        }
    }

    /** Where the file stops in 二: in its text before the table, or right after its heading (the words each says). */
    record StopInTwo(String pattern, String replacement, String tableSays, String partsSay, String evidence) {
        @Override
        public String toString() {
            return partsSay;
        }
    }

    static List<StopInTwo> stopsInTwo() {
        return List.of(new StopInTwo("(?s)(二、主动公开政府信息情况\n).*", "$1本年度我局主动公开", "表格之前的文字中途结束",
                        "的一段文字中途结束", "本年度我局主动公开"),
                new StopInTwo("(?s)(\n二、主动公开政府信息情况).*", "$1", "的标题之后就结束了", "的标题之后就结束了",
                        "二、主动公开政府信息情况"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("stopsInTwo")
    void fileStoppingInTwoSaysWhereForItsTableAndTheLaterParts(StopInTwo stop) throws Exception {
        var f = audit("003", t -> t.replaceAll(stop.pattern(), stop.replacement()));
        Finding table = first(f, "TABLE_MISSING");
        assertEquals("第二部分缺少表二：文件在这一部分" + stop.tableSays() + "，像是文件不完整", table.message());
        assertEquals(stop.evidence(), table.evidence());
        List<Finding> missing = only(f, "SECTION_MISSING");
        assertEquals(4, missing.size());
        assertTrue(missing.stream().allMatch(m -> m.message().endsWith(
                "：文件在“二、主动公开政府信息情况”" + stop.partsSay() + "，像是文件不完整")), missing.toString());
    }

    /** A cut line that ends in 局 like a signature but opens as a sentence does ("按照政务和大数据局", real-openings-2/027). */
    @Test
    void aHalfSentenceEndingInAnAgencyIsNoSignature() throws Exception {
        var f = audit("003", t -> t.replaceAll("(?s)(我局共承办依申请公开政府信息事项14件,无当面申请件。).*", "$1\n按照市政务和大数据局"));
        assertTrue(only(f, "SECTION_MISSING").stream().allMatch(m -> m.message().contains("一段文字中途结束")), f.toString());
        assertEquals("按照市政务和大数据局", first(f, "SECTION_MISSING").evidence());
    }

    @Test
    void fileStoppingInSixBeforeTheFeesSaysSo() throws Exception {
        var f = audit("003", t -> t.replace("2024年度未收取信息处理费。", "2024年度,本局"));
        Finding fee = first(f, "FEE_NOT_DISCLOSED");
        assertEquals("第六部分未说明信息处理费的收取情况：文件在第六部分的一段文字中途结束，像是文件不完整", fee.message());
        assertEquals("2024年度,本局", fee.evidence());
        assertEquals(List.of("FEE_NOT_DISCLOSED"), codes(f, Severity.ERROR));
    }

    @Test
    void partsMissingAfterACompleteEndingAreOnlyMissing() throws Exception {
        // 六 dropped, the report ending with a full stop, the signature and date, the signature alone, a date, 特此报告
        for (String ending : List.of("", "\n泸州市江阳区人民政府办公室\n2025年1月20日", "\n某某市自然资源和规划局",
                "\n二〇二五年一月二十日", "\n特此报告")) {
            var f = audit("003", t -> t.replaceAll("(?s)\n六、其他需要报告的事项.*", ending));
            Finding missing = first(f, "SECTION_MISSING");
            assertEquals(6, missing.section());
            assertEquals("缺少第六部分“六、其他需要报告的事项”", missing.message(), "ending " + ending);
        }
    }

    /**
     * Parts numbered 1、 to 6、, or not numbered at all (a web page's numbered list): the same findings as the seed,
     * and each heading noted as a variant, no error.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void partsNumberedWithDigitsOrNotAtAllAreOnlyVariants(boolean digits) throws Exception {
        for (String seed : List.of("000", "003")) {
            // the six headings only: table 三's rows ("三、本年度办理结果") keep their numerals
            var f = audit(seed, t -> java.util.regex.Pattern.compile("(?m)^([一二三四五六])、(?=总体情况|主动公开政府信息情况$"
                            + "|收到和处理政府信息公开申请情况$|政府信息公开行政复议|存在的主要问题|其他需要报告)").matcher(t)
                    .replaceAll(m -> digits ? String.valueOf("一二三四五六".indexOf(m.group(1)) + 1) + "、" : ""));
            List<String> without = codes(f).stream().filter(c -> !c.equals("SECTION_TITLE_VARIANT")).toList();
            assertEquals(codes(audit(seed)), without, seed);
            assertEquals(6, only(f, "SECTION_TITLE_VARIANT").size(), f.toString());
            assertEquals(codes(audit(seed), Severity.ERROR), codes(f, Severity.ERROR), "no error of its own");
        }
    }

    @Test
    void reorderedSections() throws Exception {
        var f = audit("000", t -> t.replaceAll("(?s)(五、存在的主要问题及改进情况\n.*?)(六、其他需要报告的事项\n.*)", "$2\n$1"));
        assertEquals(List.of("SECTION_ORDER"), codes(f, Severity.ERROR));
        assertEquals(5, first(f, "SECTION_ORDER").section());
    }

    @Test
    void removedFeeSentence() throws Exception {
        var f = audit("000", t -> t.replace("2023年度,本单位未收取信息处理费。", "2023年度,本单位无其他需要报告的事项。"));
        assertEquals(List.of("FEE_NOT_DISCLOSED"), codes(f, Severity.ERROR));
        assertEquals(6, first(f, "FEE_NOT_DISCLOSED").section());
    }

    @Test
    void section6DeniesFeeNoticesWhileRow62IsOne() throws Exception {
        var f = audit("003", t -> t
                .replace("2024年度未收取信息处理费。", "2024年度未发出收费通知,没有产生信息处理费。")
                .replaceAll("(2\\.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请[^0-9]*)0( \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 \\| )0",
                        "$11$21")
                .replaceAll("(4\\.无正当理由大量反复申请[^0-9]*)13( \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 \\| )13", "$112$212"));
        Finding c = first(f, "FEE_CONTRADICTION");
        assertEquals(1L, c.actual());
        assertEquals(List.of("FEE_CONTRADICTION"), codes(f, Severity.ERROR));
    }

    @Test
    void changedNarrativeNumber() throws Exception {
        var f = audit("001", t -> t.replace("全年办结40件", "全年办结39件"));
        Finding n = first(f, "NARRATIVE_MISMATCH");
        assertEquals(40L, n.expected());
        assertEquals(39L, n.actual());
        assertEquals(1, n.section());
        assertTrue(n.evidence().contains("39"), n.evidence());
        assertEquals(List.of("NARRATIVE_MISMATCH"), codes(f, Severity.ERROR));
    }

    @Test
    void changedTitleYear() throws Exception {
        var f = audit("004", t -> t.replaceFirst("昆明市政务服务管理局2023年", "昆明市政务服务管理局2022年"));
        // period and the opening of 一 say 2023: the title is the one that disagrees
        assertEquals(List.of("YEAR_MISMATCH"), codes(f, Severity.ERROR));
        Finding y = first(f, "YEAR_MISMATCH");
        assertEquals(2023L, y.expected());
        assertEquals(2022L, y.actual());
        assertEquals(1, y.line());
        assertTrue(y.message().startsWith("标题写的是2022年"), y.message());
    }

    @Test
    void blankedCellIsInvalidNotAnArithmeticError() throws Exception {
        var f = audit("001", t -> t.replace("一、本年新收政府信息公开申请数量 | 42 |", "一、本年新收政府信息公开申请数量 |  |"));
        Finding c = first(f, "CELL_INVALID");
        assertEquals("自然人", c.column());
        assertEquals(List.of("CELL_INVALID"), codes(f, Severity.ERROR));
    }

    // --- narrative variants of real shape (the numbers of another year, fee wordings) ---

    @Test
    void anotherYearsNumbersAreNoClaimAndNoOpeningYear() throws Exception {
        var f = audit("001", t -> t
                .replace("一、总体情况\n", "一、总体情况\n申请量较2022年的37件增加5件,结转至2024年办理2件。\n")
                .replace("(二)依申请公开情况。\n", "(二)依申请公开情况。\n2022年收到政府信息公开申请37件,予以公开10件。\n"));
        assertEquals(List.of(), codes(f, Severity.ERROR));
    }

    @Test
    void thisYearsWrongNumberIsStillAMismatch() throws Exception {
        var f = audit("001", t -> t.replace("一、总体情况\n",
                "一、总体情况\n2023年共收到政府信息公开申请41件,较2022年的37件增加4件。\n"));
        Finding n = first(f, "NARRATIVE_MISMATCH");
        assertEquals(42L, n.expected().longValue());
        assertEquals(41L, n.actual().longValue());
        assertEquals(List.of("NARRATIVE_MISMATCH"), codes(f, Severity.ERROR));
    }

    @Test
    void noFeesAtAllWhileCollecting650Contradicts() throws Exception {
        var f = audit("001", t -> t.replace("六、其他需要报告的事项\n", "六、其他需要报告的事项\n本年度未收取任何费用。\n"));
        assertEquals(List.of("FEE_CONTRADICTION"), codes(f, Severity.ERROR));
    }

    @Test
    void noFeesAtAllDisclosesTheFeePosition() throws Exception {
        var f = audit("000", t -> t.replace("2023年度,本单位未收取信息处理费。", "本年度未收取任何费用。"));
        assertEquals(List.of(), codes(f, Severity.ERROR));
    }

    @Test
    void serviceApplicationsOfAGovernmentServiceBureauAreNoMismatch() throws Exception {
        var f = audit("004", t -> t.replace("一、总体情况\n",
                "一、总体情况\n全年共受理行政许可申请1200件,办结1200件;网上受理申请事项3000件。对依法应当主动公开的文件予以公开30件。\n"));
        assertEquals(List.of(), codes(f, Severity.ERROR));
        assertEquals(List.of(), codes(f, Severity.WARNING));
    }

    @Test
    void collectedMoreThanBilledWithoutTheFeeWord() throws Exception {
        var f = audit("001", t -> t.replace("共计收取政府信息公开信息处理费650元", "应收金额600元,实际收取650元"));
        Finding suspect = first(f, "FEE_AMOUNT_SUSPECT");
        assertEquals(Severity.WARNING, suspect.severity());
        assertEquals(List.of(), codes(f, Severity.ERROR));
    }

    /** "本年度未收到申请" is about new applications: one carried over from last year does not contradict it. */
    @Test
    void noApplicationsThisYearWithOneCarriedOver() throws Exception {
        UnaryOperator<String> carried = t -> t
                .replace("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                        "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |")
                .replace("四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
        assertEquals(List.of(), codes(audit("000", carried), Severity.ERROR));
        var f = audit("000", t -> carried.apply(t).replace("二、主动公开政府信息情况\n",
                "本年度收到政府信息公开申请2件。\n二、主动公开政府信息情况\n"));
        assertEquals(List.of("NARRATIVE_MISMATCH"), codes(f, Severity.ERROR));
    }

    /** A contents list ("目录", "一、总体情况……1" …) between the title and the preamble is no set of sections. */
    @Test
    void tableOfContentsBeforeThePreamble() throws Exception {
        String toc = "目录\n一、总体情况……1\n二、主动公开政府信息情况……2\n三、收到和处理政府信息公开申请情况……3\n"
                + "四、政府信息公开行政复议、行政诉讼情况……5\n五、存在的主要问题及改进情况……5\n六、其他需要报告的事项……6\n";
        var f = audit("004", t -> t.replaceFirst("\n", "\n" + toc));
        assertEquals(List.of(), f);
        Report r = parser.parse(SourceDocument.ofText("t.txt", "text", "UTF-8", text("004").replaceFirst("\n", "\n" + toc)));
        assertEquals(10, r.sections().get(0).line());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), r.sections().stream().map(s -> s.number()).toList());
    }

    @Test
    void deferredOrOnTheSpotAnswersAreNotTheConcludedTotal() throws Exception {
        var f = audit("001", t -> t.replace("一、总体情况\n",
                "一、总体情况\n收到政府信息公开申请42件,其中延期答复2件;依申请公开均按期答复,其中当场答复5件。\n"));
        assertEquals(List.of(), codes(f, Severity.ERROR));
    }
}
