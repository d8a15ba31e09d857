package cn.zwgk.audit.parse;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.model.Claim;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.SumClaim;
import cn.zwgk.audit.read.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numeric statements of the narrative, from the lexicon (and patterns) of rules/claims.yaml. */
class ClaimsTest {

    private static List<String> metrics(Report r) {
        return r.claims().stream().map(c -> c.metric() + "=" + c.value()).toList();
    }

    private static Report parseText(String text) {
        return Corpus.parser().parse(SourceDocument.ofText("t.txt", "text", "UTF-8", text));
    }

    @Test
    void seed001RestatesTheTable() {
        Report r = Corpus.seedReport("001");
        assertEquals(List.of("新收申请=42", "办结=40", "结转下年=2", "予以公开=13", "部分公开=18", "无法提供=9", "行政复议=0",
                "行政诉讼=0", "规范性文件现行有效=12", "收费件数=2", "收费金额=650"), metrics(r));
        Claim received = Corpus.claims(r, "新收申请").get(0);
        assertEquals("新受理政府信息公开申请42件", received.text());
        assertEquals(7, received.line());
        assertEquals(1, received.section());
        Claim fee = Corpus.claims(r, "收费金额").get(0);
        assertEquals("元", fee.unit());
        assertEquals(6, fee.section());
        assertEquals(68, fee.line());
    }

    @Test
    void otherSeeds() {
        assertEquals(List.of("无申请=0", "未收费=0"), metrics(Corpus.seedReport("000")));
        // "收到留言3条，办理3条" is no application count; "1600余条" is approximate
        assertEquals(List.of("行政复议=0", "行政诉讼=0", "未收费=0"), metrics(Corpus.seedReport("002")));
        assertEquals(List.of("规范性文件制发=4", "办理申请=14", "行政诉讼=0", "未收费=0"),
                metrics(Corpus.seedReport("003")));
        // "共受理、办结信访投诉咨询件195件" is not about applications; "重要政策文件3件" is no 规范性文件
        // in the order the text states them: "无行政复议情况,无结转下年度办理件"
        assertEquals(List.of("新收申请=3", "行政复议=0", "结转下年=0", "未收费=0"), metrics(Corpus.seedReport("004")));
    }

    /** Applications of other kinds (政务服务, 行政许可) and proactive "予以公开" restate no cell of table 三. */
    @Test
    void onlyDisclosureApplicationsAreCounted() {
        Report r = parseText("""
                一、总体情况
                全年共受理行政许可申请1200件，办结1200件。网上受理申请事项3000件。共办理审批服务申请9000件。
                对涉及群众切身利益的信息予以公开356件。
                全年收到依申请公开政府信息申请5件，办结政府信息公开申请4件；已办结的申请中予以公开2件、部分公开1件。
                共承办依申请公开政府信息事项5件。
                """);
        assertEquals(List.of("新收申请=5", "办结=4", "予以公开=2", "部分公开=1", "办理申请=5"), metrics(r));
    }

    /** A number the sentence places in another year than the report's (the title's) is no claim. */
    @Test
    void numbersOfAnotherYearAreNoClaims() {
        Report r = parseText("""
                某局2023年政府信息公开工作年度报告
                一、总体情况
                2022年收到政府信息公开申请37件,2023年共收到政府信息公开申请42件。
                上年收到的申请结转至2024年办理2件。
                """);
        assertEquals(List.of("新收申请=42", "结转下年=2"), metrics(r));
    }

    @Test
    void sums() {
        SumClaim media = Corpus.seedReport("004").sums().get(0);
        assertEquals(2578, media.total());
        assertEquals(List.of(361L, 335L, 1882L), media.parts());
        assertEquals(2578, media.partsTotal());
        assertEquals(5, media.line());
        SumClaim items = Corpus.seedReport("003").sums().get(0);
        assertEquals(120, items.total());
        assertEquals(List.of(3L, 4L, 4L, 5L, 1L, 2L, 2L, 1L, 5L, 38L, 29L, 2L, 24L), items.parts());
        assertTrue(Corpus.seedReport("002").sums().isEmpty(), "1600余条，其中…1400余条 is approximate");
    }

    @Test
    void mismatchedSumWithStatedTotalIsKept() {
        Report r = parseText("一、总体情况\n全年共发布信息100条，其中网站60条、微信30条。\n");
        assertEquals(1, r.sums().size());
        assertEquals(90, r.sums().get(0).partsTotal());
    }

    @Test
    void approximateNumbersAreNoClaims() {
        Report r = parseText("一、总体情况\n本年新收政府信息公开申请约20件，办结申请100余件。\n");
        assertTrue(r.claims().isEmpty(), r.claims().toString());
    }

    @Test
    void fullWidthDigitsAndTraditionalCharacters() {
        Report r = parseText("一、總體情況\n本年度新收政府信息公開申請１２件，辦結申請１０件，結轉下年度２件。\n");
        assertEquals(List.of("新收申请=12", "办结=10", "结转下年=2"), metrics(r));
    }

    @Test
    void wordsThatOnlyLookLikeNone() {
        Report r = parseText("一、总体情况\n因无法提供相关信息被申请行政复议1件。本年受理行政复议申请1件。\n");
        assertEquals(List.of("行政复议=1", "行政复议=1"), metrics(r));
    }

    @Test
    void chineseNumerals() {
        Report r = parseText("一、总体情况\n本年度收到政府信息公开申请两件，办结申请十二件，依据《条例》第二十条办理。\n");
        assertEquals(List.of("新收申请=2", "办结=12"), metrics(r));
        assertEquals("收到政府信息公开申请两件", r.claims().get(0).text());
        assertEquals(12, ChineseNumbers.value("十二"));
        assertEquals(20, ChineseNumbers.value("二十"));
        assertEquals(105, ChineseNumbers.value("一百零五"));
        assertEquals(-1, ChineseNumbers.value("一二"));
    }

    @Test
    void feesInTenThousandYuan() {
        Report r = parseText("六、其他需要报告的事项\n本年度发出收费通知3件，实际收取信息处理费共计0.065万元。\n");
        assertEquals(List.of("收费通知=3", "收费金额=650"), metrics(r));
    }

    /** A negation is about what its clause ends on: "未发生…行政复议被纠错" denies a correction, not every review. */
    @Test
    void negationScope() {
        Report r = parseText("""
                一、总体情况
                本年度发生政府信息公开行政复议55件，未发生因政府信息公开工作被行政复议纠错的情况。
                未发生行政复议决定被纠正的案件，没有发生因政府信息公开引起的行政诉讼。
                因无法提供被申请行政复议2件，未经复议直接提起行政诉讼1件。
                """);
        assertEquals(List.of("行政复议=55", "行政诉讼=0", "行政复议=2", "行政诉讼=1"), metrics(r));
    }

    /** A number belongs to the last subject the sentence names before it: letters to a mailbox are no application. */
    @Test
    void lastSubjectDecides() {
        Report r = parseText("""
                一、总体情况
                政府信息公开栏目发布信息524条，县长信箱收到信件238件，办结99件。收到政府信息公开申请5件、其他1件。
                """);
        assertEquals(List.of("新收申请=5"), metrics(r));
    }

    /** A number of the same metric listed after 其中 is a part of the total before it, not another statement of it. */
    @Test
    void partsAfterQizhongAreNoClaims() {
        Report r = parseText("""
                一、总体情况
                全年共收到政府信息公开申请50件。其中,网上收到政府信息公开申请30件,当面收到政府信息公开申请20件。
                本年新收政府信息公开申请8件,其中网上收到政府信息公开申请5件,予以公开3件。
                """);
        assertEquals(List.of("新收申请=50", "新收申请=8", "予以公开=3"), metrics(r));
    }

    /** "予以公开及部分公开N件" states (一)+(二), never 部分公开 = N. */
    @Test
    void combinedCategories() {
        Report r = parseText("""
                一、总体情况
                全年收到政府信息公开申请30件，其中予以公开及部分公开20件，不予公开3件、无法提供7件。
                办结政府信息公开申请30件，予以公开和不予公开共9件。
                """);
        assertEquals(List.of("新收申请=30", "予以公开+部分公开=20", "不予公开=3", "无法提供=7", "办结=30"), metrics(r));
    }

    /** Issuing verbs beyond 制发/印发, and the noun before the verb. */
    @Test
    void issuingVerbs() {
        Report r = parseText("""
                一、总体情况
                全年出台行政规范性文件5份，发布规范性文件2件，废止规范性文件1件。
                对主动公开规范性文件进行全面清理，本年度制发0件，废止0件，现行有效2件。
                针对本部门出台的规范性文件和重要政策措施，发布解读信息24条。印发重要政策文件3件。
                """);
        assertEquals(List.of("规范性文件制发=5", "规范性文件制发=2", "规范性文件废止=1", "规范性文件制发=0",
                "规范性文件废止=0", "规范性文件现行有效=2"), metrics(r));
    }

    /** Words between the negator and the verb of a fee-notice denial; a qualified negation is no denial. */
    @Test
    void feeNoticeDenial() {
        Report r = parseText("""
                六、其他需要报告的事项
                本年度未向申请人发出收费通知，未收取信息处理费。申请人逾期未缴纳费用的申请0件。
                """);
        assertEquals(List.of("收费通知=0", "未收费=0"), metrics(r));
        assertEquals("未向申请人发出收费通知", Corpus.claims(r, "收费通知").get(0).text());
    }

    /** A negation limited to one kind of applicant or channel does not say that no application came. */
    @Test
    void qualifiedNoneIsNoNone() {
        Report r = parseText("""
                一、总体情况
                本年度未收到法人或其他组织提出的政府信息公开申请，线下无申请件。
                """);
        assertTrue(r.claims().isEmpty(), r.claims().toString());
    }

    /** A negation's scope is a few words: what stands 200 characters further on in the clause is not negated. */
    @Test
    void aNegationReachesTwoHundredCharactersAtMost() {
        String near = "一、总体情况\n本年度未收到" + "某".repeat(150) + "政府信息公开申请。\n";
        String far = "一、总体情况\n本年度未收到" + "某".repeat(250) + "政府信息公开申请。\n";
        assertEquals(List.of("无申请=0"), metrics(parseText(near)));
        assertEquals(List.of(), metrics(parseText(far)));
    }

    @Test
    void badRegexIsAConfigErrorWithFileAndLine(@TempDir Path dir) throws Exception {
        for (String f : List.of("sections.yaml", "labels.yaml")) Files.copy(Corpus.RULES.resolve(f), dir.resolve(f));
        Files.writeString(dir.resolve("claims.yaml"), """
                patterns:
                  - metric: 新收申请
                    regex: '新收(?<n>\\d+件'
                """, StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> ReportParser.fromRules(dir));
        assertEquals(1, e.problems().size());
        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.getMessage().startsWith(dir.resolve("claims.yaml") + ":3: "), e.getMessage());
    }

    @Test
    void officeCanAddAPatternWithoutRecompiling(@TempDir Path dir) throws Exception {
        for (String f : List.of("sections.yaml", "labels.yaml")) Files.copy(Corpus.RULES.resolve(f), dir.resolve(f));
        Files.writeString(dir.resolve("claims.yaml"), """
                patterns:
                  - metric: 政策解读
                    unit: 篇
                    regex: '解读(信息)?(?<n>\\d+)篇'
                """, StandardCharsets.UTF_8);
        ReportParser p = ReportParser.fromRules(dir);
        Report r = p.parse(SourceDocument.ofText("t.txt", "text", "UTF-8", "一、总体情况\n发布解读信息24篇。\n"));
        assertEquals(List.of("政策解读=24"), metrics(r));
    }

    @Test
    void incompleteLabelFileIsAConfigError(@TempDir Path dir) throws Exception {
        for (String f : List.of("sections.yaml", "claims.yaml")) Files.copy(Corpus.RULES.resolve(f), dir.resolve(f));
        Files.writeString(dir.resolve("labels.yaml"), "similarity: 0.8\nT2:\n  blocks: []\n", StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> ReportParser.fromRules(dir));
        assertTrue(e.getMessage().contains("labels.yaml"), e.getMessage());
    }
}
