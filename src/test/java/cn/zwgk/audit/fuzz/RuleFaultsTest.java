package cn.zwgk.audit.fuzz;

import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.engine.RuleBudget;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.pipeline.Auditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Harness group D: a rule that throws, loops, never returns or recurses without end on one report is reported as
 * RULE_FAILED naming the rule and the error in Chinese, and the report keeps every other rule's findings.
 */
class RuleFaultsTest {

    @TempDir
    static Path dir;
    static Auditor auditor;
    static List<Finding> clean;

    /** Short budgets keep the suite fast; the defaults (100,000 firings, 20 s) behave the same, only later. */
    static final RuleBudget BUDGET = new RuleBudget(5_000, 3_000);

    @BeforeAll
    static void compile() throws Exception {
        Path rules = FuzzInputs.rulesWith(dir, FuzzInputs.THROWS_NPE, FuzzInputs.DIVIDES_BY_ZERO, FuzzInputs.LOOPS,
                FuzzInputs.BUSY, FuzzInputs.RECURSES, FuzzInputs.UNKNOWN_CODE, FuzzInputs.CONDITION_THROWS);
        auditor = new Auditor(ReportParser.fromRules(rules), RuleBase.compile(rules).withBudget(BUDGET));
        clean = auditor.audit(FuzzInputs.write(dir.resolve("in/clean.txt"), FuzzInputs.seedText())).findings();
        assertFalse(clean.isEmpty(), "the seed has findings of its own (PERIOD_MISSING)");
    }

    @Test
    void aRuleThatThrowsIsNamedAndTheOthersStand() throws Exception {
        Finding f = failed("npe.txt", "空指针的规则");
        assertTrue(f.message().contains("空值"), f.message());
    }

    @Test
    void divisionByZeroIsSaidInChinese() throws Exception {
        Finding f = failed("div0.txt", "除以零的规则");
        assertTrue(f.message().contains("除以零"), f.message());
    }

    @Test
    void anUpdateLoopIsStoppedByTheFireLimit() throws Exception {
        Finding f = failed("loop.txt", "循环更新的规则");
        // on a loaded machine the time limit may come first; the loop is named either way
        assertTrue(f.message().contains("触发超过") || f.message().contains("秒仍未结束"), f.message());
    }

    @Test
    void aBusyLoopIsStoppedByTheTimeLimit() throws Exception {
        long t0 = System.nanoTime();
        Finding f = failed("busy.txt", "忙循环的规则");
        assertTrue(f.message().contains("秒仍未结束"), f.message());
        assertTrue((System.nanoTime() - t0) / 1e9 < BUDGET.millis() / 1000.0 + 15, "stopped soon after the budget");
    }

    @Test
    void endlessRecursionIsNoStackOverflowErrorForTheClerk() throws Exception {
        Finding f = failed("stack.txt", "无限递归的规则");
        assertTrue(f.message().contains("递归过深"), f.message());
    }

    @Test
    void aCodeMissingFromMessagesIsNamed() throws Exception {
        Finding f = failed("code.txt", "未知代码的规则");
        assertTrue(f.message().contains("NO_SUCH_CODE"), f.message());
    }

    /**
     * A condition that throws is met while the facts go in, before any rule fires: the rule is named with its condition
     * and taken out of the base for the report, and the others' findings stand (before, the file lost its audit).
     */
    @Test
    void aConditionThatThrowsIsNamedWithTheConditionAndTheOthersStand() throws Exception {
        Finding f = failed("cond.txt", "条件出错的规则");
        assertTrue(f.message().contains("条件“period.text.length() > 0”") && f.message().contains("空值"), f.message());
    }

    /** The report's findings are the clean ones plus exactly one RULE_FAILED naming the rule; it is returned. */
    private Finding failed(String name, String rule) throws Exception {
        Audit audit = auditor.audit(FuzzInputs.write(dir.resolve("in/" + name), FuzzInputs.seedText()));
        List<Finding> failures = audit.findings().stream().filter(f -> f.rule().equals("RULE_FAILED")).toList();
        assertEquals(1, failures.size(), audit.findings().toString());
        List<Finding> others = audit.findings().stream().filter(f -> !f.rule().equals("RULE_FAILED")).toList();
        assertEquals(clean, others, "the rules that worked keep their findings");
        Finding f = failures.get(0);
        assertTrue(f.message().contains("“" + rule + "”"), f.message());
        assertFalse(f.message().matches("(?s).*(Exception|Error|java\\.|\\bat \\w).*"), f.message());
        return f;
    }
}
