package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.InputProblem;
import cn.zwgk.audit.model.PreviousCell;
import cn.zwgk.audit.model.PreviousReport;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.RuleFailure;
import cn.zwgk.audit.model.TextSimilarity;
import cn.zwgk.audit.model.Title;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.read.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lean rule base leaves out the rules a report cannot fire, relying on Drools internals to prune a base read back
 * from the cache: it is held to giving exactly the whole base's findings on every sample and real opening, to sending
 * a report that has one of the left-out kinds to the whole base, and to redoing a run in which a rule inserted such a
 * fact. (Surefire gives the tests a cache folder, so the shipped rules have one.)
 */
class SessionsTest {

    @Test
    void aRuleRequiresTheKindsAtTheTopOfItsConditionsAndItsParents() throws Exception {
        Sessions sessions = CompiledRules.SHIPPED.rules().withLeanBaseAfter(Integer.MAX_VALUE).sessions();
        // extends "上年报告为上一年度", which extends "可以审查的报告"
        Set<Class<?>> carryOver = sessions.needs("表三 上年结转=上年报告的结转下年度");
        assertTrue(carryOver.containsAll(Set.of(PreviousReport.class, PreviousCell.class, Report.class)), carryOver.toString());
        // not Title(): a rule for reports without one
        assertEquals(Set.of(Report.class), sessions.needs("缺少标题"));
        assertTrue(sessions.needs("标题未写明机关名称").contains(Title.class));
        // a pattern from a list, not from the working memory
        assertEquals(Set.of(Report.class), sessions.needs("缺少六个部分之一"));
        assertTrue(sessions.needs("正文与上年报告雷同").contains(TextSimilarity.class));
    }

    @Test
    void leanBaseFindsWhatTheWholeBaseFindsOnEveryFixture() throws Exception {
        RuleBase rules = CompiledRules.SHIPPED.rules();
        ReportParser parser = CompiledRules.SHIPPED.parser();
        RuleBase whole = rules.withLeanBaseAfter(Integer.MAX_VALUE);
        RuleBase eager = rules.withLeanBaseAfter(1);
        List<Path> files = fixtures();
        Report first = parser.parse(Documents.read(files.get(0)));
        assertEquals(whole.evaluate(first), eager.evaluate(first));
        Sessions.Choice lean = awaitLean(eager.sessions());
        assertTrue(lean.lacking().containsAll(Set.of(PreviousReport.class, TextSimilarity.class, InputProblem.class,
                RuleFailure.class)), lean.lacking().toString());
        assertNotSameBase(eager.sessions(), lean);

        int onLean = 0;
        int withFindings = 0;
        for (Path f : files) {
            Report report = parser.parse(Documents.read(f));
            List<Finding> expected = whole.evaluate(report);
            assertEquals(expected, eager.evaluate(report), f.toString());
            if (eager.sessions().choose(report.facts()) == lean) onLean++;
            if (!expected.isEmpty()) withFindings++;
        }
        assertTrue(onLean > 50, "reports audited on the lean base: " + onLean + " of " + files.size());
        assertTrue(withFindings > 50, "the comparison covers real findings: " + withFindings);
        // the whole base lost no rule to the copy
        assertEquals(ruleCount(whole.sessions().whole().base()), ruleCount(eager.sessions().whole().base()));
    }

    @Test
    void aReportWithALeftOutKindIsAuditedOnTheWholeBase() throws Exception {
        RuleBase eager = CompiledRules.SHIPPED.rules().withLeanBaseAfter(1);
        ReportParser parser = CompiledRules.SHIPPED.parser();
        Report report = parser.parse(Documents.read(fixtures().get(0)));
        eager.evaluate(report);
        Sessions sessions = eager.sessions();
        Sessions.Choice lean = awaitLean(sessions);
        assertSame(lean, sessions.choose(report.facts()));
        List<Object> unreadable = new ArrayList<>(report.facts());
        unreadable.add(new InputProblem("x.txt", "测试"));
        assertSame(sessions.whole(), sessions.choose(unreadable));
    }

    @Test
    void withoutACacheThereIsNoLeanBase() throws Exception {
        RuleBase uncached = RuleBase.compile(Fixtures.RULES, new RuleBaseCache(null)).withLeanBaseAfter(1);
        Report report = CompiledRules.SHIPPED.parser().parse(Documents.read(fixtures().get(0)));
        List<Finding> findings = uncached.evaluate(report);
        // the lean base would have been asked for at this first report; without a copy to make it of, none is
        assertEquals(null, uncached.sessions().lean());
        assertEquals(findings, uncached.evaluate(report));
        assertSame(uncached.sessions().whole(), uncached.sessions().choose(report.facts()));
    }

    @Test
    void aRuleInsertingALeftOutKindSendsTheReportToTheWholeBase(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Fixtures.copyTree(Fixtures.RULES, rules);
        // a rule that makes a fact of a kind reports bring themselves, which another rule requires
        Files.writeString(rules.resolve("zz-insert.drl"), """
                package cn.zwgk.audit.rules;
                import cn.zwgk.audit.model.InputProblem;
                import cn.zwgk.audit.model.Report;
                rule "测试：规则自己插入一个无法读取的事实"
                when
                    Report(title != null)
                then
                    insert(new InputProblem("x.txt", "规则插入"));
                end
                """);
        RuleBase compiled = RuleBase.compile(rules, new RuleBaseCache(dir.resolve("cache")));
        RuleBase whole = compiled.withLeanBaseAfter(Integer.MAX_VALUE);
        RuleBase eager = compiled.withLeanBaseAfter(1);
        ReportParser parser = ReportParser.fromRules(rules);
        Report report = parser.parse(Documents.read(fixtures().get(0)));
        List<Finding> expected = whole.evaluate(report);
        assertTrue(expected.stream().anyMatch(f -> f.rule().equals("INPUT_UNREADABLE")), expected.toString());
        eager.evaluate(report);
        Sessions.Choice lean = awaitLean(eager.sessions());
        assertTrue(lean.lacking().contains(InputProblem.class), lean.lacking().toString());
        assertSame(lean, eager.sessions().choose(report.facts()), "the report goes to the lean base first");
        assertEquals(expected, eager.evaluate(report));
    }

    private static Sessions.Choice awaitLean(Sessions sessions) throws InterruptedException {
        for (int i = 0; i < 600 && sessions.lean() == null; i++) Thread.sleep(50);
        Sessions.Choice lean = sessions.lean();
        assertNotNull(lean, "the lean base is made within 30 s");
        return lean;
    }

    private static void assertNotSameBase(Sessions sessions, Sessions.Choice lean) {
        assertFalse(lean == sessions.whole(), "Drools could copy and prune the base");
        assertTrue(ruleCount(lean.base()) < ruleCount(sessions.whole().base()), "the lean base has fewer rules");
    }

    private static int ruleCount(KieBase base) {
        return base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    private static List<Path> fixtures() throws Exception {
        List<Path> files = Fixtures.samplesAndOpenings();
        assertTrue(files.size() > 100, "samples and real openings: " + files.size());
        return files;
    }
}
