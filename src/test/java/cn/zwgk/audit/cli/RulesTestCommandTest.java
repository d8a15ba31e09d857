package cn.zwgk.audit.cli;

import cn.zwgk.audit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rules test}: one case by name, expected against found, what no case covers, and the --watch loop. */
class RulesTestCommandTest {

    @TempDir
    Path dir;

    /** A rule folder of the engine fixture with one case file of ours. */
    private Path rules(String cases) throws Exception {
        Path rules = Fixtures.copyTree(Fixtures.FIXTURE_RULES, dir.resolve("rules"));
        try (var files = Files.list(rules.resolve("tests"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) Files.delete(f);
        }
        Files.writeString(rules.resolve("tests/cases.yaml"), cases, StandardCharsets.UTF_8);
        return rules;
    }

    private static final String CASES = """
            cases:
              - name: 表三新收少填1件
                report: reports/luzhou-2023.txt
                edits:
                  - replace: {from: "新受理政府信息公开申请42件", to: "新受理政府信息公开申请41件"}
                must: [NARRATIVE_MISMATCH]
              - name: 期望错了的用例
                report: reports/luzhou-2023.txt
                edits:
                  - replace: {from: "新受理政府信息公开申请42件", to: "新受理政府信息公开申请41件"}
                must: [T3_BALANCE]
                must_not: [error]
            """;

    @Test
    void nameSelectsCasesAndAFailureShowsExpectedAndFound() throws Exception {
        Path rules = rules(CASES);
        Cli one = Cli.run("rules", "test", "--rules", rules.toString(), "--name", "少填");
        assertEquals(0, one.code(), one.out() + one.err());
        assertTrue(one.out().contains("PASS " + rules.resolve("tests/cases.yaml") + ":2 表三新收少填1件"), one.out());
        assertFalse(one.out().contains("期望错了的用例"), one.out());
        assertTrue(one.out().contains("1 个用例，1 个通过，0 个失败（--name 少填）"), one.out());

        Cli all = Cli.run("rules", "test", "--rules", rules.toString());
        assertEquals(1, all.code(), all.out() + all.err());
        assertTrue(all.out().contains("FAIL " + rules.resolve("tests/cases.yaml") + ":7 期望错了的用例"), all.out());
        assertTrue(all.out().contains("应出现 T3_BALANCE，但没有出现"), all.out());
        assertTrue(all.out().contains("期望：须有 T3_BALANCE；不得有 error"), all.out());
        assertTrue(all.out().matches("(?s).*实际：[^\\n]*NARRATIVE_MISMATCH（错误，第\\d+行）.*"), all.out());
    }

    @Test
    void codesAndRulesNoCaseCoversAreListed() throws Exception {
        Path rules = rules(CASES);
        Cli all = Cli.run("rules", "test", "--rules", rules.toString());
        // the cases name NARRATIVE_MISMATCH and T3_BALANCE: the others are listed, and so are the rules that never fired
        assertTrue(all.out().matches("(?s).*没有用例（must）覆盖的发现代码：[^\\n]*T4_TOTAL[^\\n]*\\n.*"), all.out());
        assertFalse(all.out().matches("(?s).*没有用例（must）覆盖的发现代码：[^\\n]*T3_BALANCE.*"), all.out());
        assertFalse(all.out().matches("(?s).*没有用例（must）覆盖的发现代码：[^\\n]*NARRATIVE_MISMATCH.*"), all.out());
        int line = lineOf(rules.resolve("fees.drl"), "rule \"第六部分未说明信息处理费\"");
        assertTrue(all.out().contains(rules.resolve("fees.drl") + ":" + line + ": 规则“第六部分未说明信息处理费”在任何用例中都没有产生发现"),
                all.out());
    }

    @Test
    void watchRerunsAfterAnEditInTheSameJvm() throws Exception {
        Path rules = rules(CASES.substring(0, CASES.indexOf("  - name: 期望错了的用例")));
        RuleCheck check = new RuleCheck(rules, null);
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer, true);
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(RulesCommand.watch(check,
                () -> RulesCommand.test(check, null, out, out), out, 2)));
        t.start();
        waitFor(buffer, "正在监视改动");
        assertTrue(buffer.toString().contains("1 个用例，1 个通过"), buffer.toString());
        // the office turns the code off: the case that needs it now fails, without a new start
        Path codes = rules.resolve("codes.yaml");
        String text = Files.readString(codes, StandardCharsets.UTF_8);
        Files.writeString(codes, text.replace("NARRATIVE_MISMATCH:\n  name: 正文数字与表格不一致\n  severity: error",
                "NARRATIVE_MISMATCH:\n  name: 正文数字与表格不一致\n  severity: error\n  enabled: false"), StandardCharsets.UTF_8);
        t.join(120_000);
        assertFalse(t.isAlive(), buffer.toString());
        String second = buffer.toString().substring(buffer.toString().indexOf("文件有改动"));
        assertTrue(second.contains("1 个用例，0 个通过，1 个失败"), second);
        assertTrue(second.matches("(?s).*用时 \\d+\\.\\d\\d 秒（发现改动到出结果，CPU \\d+\\.\\d\\d 秒）.*"), second);
        assertEquals(1, code.get());
    }

    private static void waitFor(StringWriter buffer, String text) throws InterruptedException {
        for (int i = 0; i < 1200 && !buffer.toString().contains(text); i++) Thread.sleep(100);
        assertTrue(buffer.toString().contains(text), buffer.toString());
    }

    private static int lineOf(Path file, String text) throws Exception {
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text);
    }
}
