package cn.zwgk.audit.engine;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules are files the office edits: an edit takes effect at the next compile, a broken edit is named file:line. */
class RuleFolderTest {

    @TempDir
    Path dir;

    private Path copyRules() throws IOException {
        try (var files = Files.list(cn.zwgk.audit.Fixtures.FIXTURE_RULES)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.copy(p, dir.resolve(p.getFileName()));
        }
        return dir;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " should contain " + from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void auditFollowsAnEditOfTheRulesInTheSameProcess() throws Exception {
        copyRules();
        var report = new ReportBuilder().state("T3", "B", "科研机构", CellState.DASH, "/").build();
        RuleBase before = RuleBase.compile(dir);
        Finding f = before.evaluate(report).get(0);
        assertEquals("CELL_INVALID", f.rule());
        assertEquals(Severity.ERROR, f.severity());

        // the office downgrades placeholders to a warning and rewords the message
        edit("codes.yaml", "CELL_INVALID:\n  name: 表格单元格填写无效\n  severity: error",
                "CELL_INVALID:\n  name: 表格单元格填写无效\n  severity: warning");
        edit("messages.yaml", "message: \"${tableName}“${row}”行“${column}”列的单元格为${what}，应填写不小于0的整数\"",
                "message: \"${column}列填了${what}\"");
        RuleBase after = RuleBase.compile(dir);
        Finding g = after.evaluate(report).get(0);
        assertEquals("CELL_INVALID", g.rule());
        assertEquals(Severity.WARNING, g.severity());
        assertEquals("科研机构列填了“/”", g.message());
        assertNotEquals(before.version(), after.version());
        // the old base is untouched by the new compile
        assertEquals(Severity.ERROR, before.evaluate(report).get(0).severity());
    }

    @Test
    void syntaxErrorIsReportedAtItsFileAndLineOnly() throws Exception {
        copyRules();
        edit("arithmetic.drl", "eval( $va + $vb != $vc + $vd )", "eval( $va + $vb != $vc + $vd");
        var e = assertThrows(ConfigException.class, () -> RuleBase.compile(dir));
        Path file = dir.resolve("arithmetic.drl");
        // Drools blames the line after (the next keyword); the unclosed parenthesis is on this one
        int then = lineOf(file, "eval( $va + $vb != $vc + $vd");
        ConfigProblem first = e.problems().get(0);
        assertEquals(file.toString(), first.file());
        assertEquals(then, first.line(), e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals(file.toString())), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + then + ": 括号不成对"), e.getMessage());
    }

    @Test
    void compileErrorsInSeveralFilesAreEachReportedAtTheirLine() throws Exception {
        copyRules();
        // an unknown field (Drools gives the line), a misspelled constant (Drools gives none: found by the
        // expression), and a then-block error with an unknown code and severity (Drools gives the rule's line)
        edit("narrative.drl", "$c : Claim(metric == $metric, $v : value)", "$c : Claim(metrik == $metric, $v : value)");
        edit("arithmetic.drl", "$a : Cell(table == \"T3\", row == \"A\", state == CellState.NUMBER",
                "$a : Cell(table == \"T3\", row == \"A\", state == CellState.NUMBR");
        edit("fees.drl", "emit.rule(\"FEE_NOT_DISCLOSED\").at($s).add();",
                "emit.rule(\"FEE_NOT_DISCLOSD\", \"eror\").at($s).addd();");
        var e = assertThrows(ConfigException.class, () -> RuleBase.compile(dir));
        Path arithmetic = dir.resolve("arithmetic.drl");
        Path fees = dir.resolve("fees.drl");
        Path narrative = dir.resolve("narrative.drl");
        List<String> where = e.problems().stream().map(p -> p.file() + ":" + p.line()).toList();
        int feeLine = lineOf(fees, "FEE_NOT_DISCLOSD");
        assertEquals(List.of(arithmetic + ":" + lineOf(arithmetic, "CellState.NUMBR"), fees + ":" + feeLine,
                fees + ":" + feeLine, fees + ":" + feeLine, narrative + ":" + lineOf(narrative, "metrik ==")), where,
                e.getMessage());
        assertTrue(e.getMessage().contains("NUMBR") && e.getMessage().contains("metrik")
                && e.getMessage().contains("FEE_NOT_DISCLOSD") && e.getMessage().contains("eror")
                && e.getMessage().contains("addd"), e.getMessage());
    }

    @Test
    void brokenMessagesFileIsReportedWithItsLine() throws Exception {
        copyRules();
        edit("messages.yaml", "T4_TOTAL:\n  message:", "T4_TOTAL:\n  mesage:");
        var e = assertThrows(ConfigException.class, () -> RuleBase.compile(dir));
        Path file = dir.resolve("messages.yaml");
        assertEquals(file.toString(), e.problems().get(0).file());
        assertEquals(lineOf(file, "mesage:"), e.problems().get(0).line(), e.getMessage());
    }

    private record Run(int code, String out, String err) {}

    private static Run command(String... args) {
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        var cl = cn.zwgk.audit.cli.AuditCommand.commandLine();
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void brokenRuleFileStopsTheCommandsWithFileLineAndExitCode2() throws Exception {
        copyRules();
        edit("fees.drl", "emit.rule(\"FEE_NOT_DISCLOSED\").at($s).add();",
                "emit.rule(\"FEE_NOT_DISCLOSED\").at($s).addd();");
        Path file = dir.resolve("fees.drl");
        String expected = file + ":" + lineOf(file, ".addd()") + ": ";

        Run check = command("rules", "check", "--rules", dir.toString());
        assertEquals(2, check.code());
        assertTrue(check.err().startsWith(expected), check.err());
        assertTrue(!check.err().contains("Exception") && !check.err().contains("\tat "), check.err());

        Path out = dir.resolve("out");
        Run audit = command("check", "--rules", dir.toString(), "--out", out.toString(), "--no-pdf",
                "rules/tests/reports/luzhou-2023.txt");
        assertEquals(2, audit.code());
        assertTrue(audit.err().startsWith(expected), audit.err());
        assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "no audit ran");
    }

    @Test
    void aMisspeltMetricTableRowOrColumnInACopiedRuleFileIsNamedWithFileLine() throws Exception {
        copyRules();
        edit("fees.drl", "$none : Claim(section == 6, metric == \"收费通知\", value == 0)",
                "$none : Claim(section == 6, metric == \"收费通之\", value == 0)");
        edit("arithmetic.drl", "$d : Cell(table == \"T3\", row == \"D\"", "$d : Cell(table == \"T3\", row == \"E\"");
        edit("arithmetic.drl", "groups contains \"办理结果\", state != CellState.NUMBER",
                "groups contains \"办理结构\", state != CellState.NUMBER");
        Path fees = dir.resolve("fees.drl");
        Path arithmetic = dir.resolve("arithmetic.drl");

        Run check = command("rules", "check", "--rules", dir.toString());
        assertEquals(2, check.code(), check.out() + check.err());
        assertTrue(check.err().contains(fees + ":" + lineOf(fees, "收费通之") + ": 指标“收费通之”在 claims.yaml"),
                check.err());
        assertTrue(check.err().contains(arithmetic + ":" + lineOf(arithmetic, "row == \"E\"") + ": 行“E”在 T3 中不存在"),
                check.err());
        assertTrue(check.err().contains(arithmetic + ":" + lineOf(arithmetic, "办理结构") + ": 分组“办理结构”在 T3 中不存在"),
                check.err());
        assertEquals(0, command("rules", "check", "--rules", "rules").code(), "the shipped rules name only what exists");
    }

    /** Drools 10.2's str[…] breaks once the constraint is compiled (a batch's twentieth report): refused by name. */
    @Test
    void theStrOperatorIsRefusedWithItsLineAndTheWayAround() throws Exception {
        copyRules();
        edit("fees.drl", "$none : Claim(section == 6, metric == \"收费通知\", value == 0)",
                "$none : Claim(section == 6, metric == \"收费通知\", value == 0, text str[startsWith] \"未\")");
        Path fees = dir.resolve("fees.drl");
        Run check = command("rules", "check", "--rules", dir.toString());
        assertEquals(2, check.code(), check.out() + check.err());
        assertTrue(check.err().contains(fees + ":" + lineOf(fees, "str[startsWith]") + ": str[…] 运算符在本版 Drools 中不能用"),
                check.err());
        assertTrue(check.err().contains("startsWith(…)"), check.err());
    }

    @Test
    void rulesTestCommandRunsTheShippedCases() {
        Run run = command("rules", "test", "--rules", "rules");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("个失败") && run.out().contains("，0 个失败"), run.out());
        assertTrue(!run.out().contains("FAIL "), run.out());
    }

    @Test
    void misspelledPlaceholderIsReportedWithItsLine() throws Exception {
        copyRules();
        edit("messages.yaml", "表三“${column}”列：第一项加第二项之和为${expected}", "表三“${colum}”列：第一项加第二项之和为${expected}");
        var e = assertThrows(ConfigException.class, () -> RuleBase.compile(dir));
        Path file = dir.resolve("messages.yaml");
        assertEquals(List.of(new ConfigProblem(file.toString(), lineOf(file, "${colum}"),
                "未知的占位符 ${colum}（规则没有提供这个值）")), e.problems());
    }

    @Test
    void emptyFolderIsAProblemNotAPass() throws Exception {
        var e = assertThrows(ConfigException.class, () -> RuleBase.compile(dir));
        assertTrue(e.getMessage().contains(".drl"), e.getMessage());
    }
}
