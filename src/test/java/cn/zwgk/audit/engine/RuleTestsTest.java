package cn.zwgk.audit.engine;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken rule test file stops {@code audit rules test} with file:line, before any case runs. */
class RuleTestsTest {

    static RuleBase rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        rules = CompiledRules.SHIPPED.rules();
    }

    private Path caseFile(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("tests/reports"));
        Files.writeString(dir.resolve("tests/reports/r.txt"), "一、总体情况\n", StandardCharsets.UTF_8);
        Path file = dir.resolve("tests/cases.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private List<ConfigProblem> problems(String yaml) throws Exception {
        caseFile(yaml);
        // the cases are checked before anything is parsed, so no parser is needed to see these problems
        return assertThrows(ConfigException.class, () -> RuleTests.run(dir, null, rules)).problems();
    }

    @Test
    void unknownCodeIsReportedAtItsLine() throws Exception {
        var p = problems("""
                cases:
                  - name: a
                    report: reports/r.txt
                    must: [T3_BALANCE]
                  - name: b
                    report: reports/r.txt
                    must: [T3_BALANS]
                """);
        assertEquals(1, p.size(), p.toString());
        assertEquals(dir.resolve("tests/cases.yaml").toString(), p.get(0).file());
        assertEquals(7, p.get(0).line());
        assertTrue(p.get(0).message().contains("T3_BALANS"));
    }

    @Test
    void missingReportAndBadRegexAndNoExpectation() throws Exception {
        var p = problems("""
                cases:
                  - name: a
                    report: reports/nope.txt
                    must: [T3_BALANCE]
                  - name: b
                    report: reports/r.txt
                    edits:
                      - regex: {pattern: '(unclosed', to: ''}
                    must: [T3_BALANCE]
                  - name: c
                    report: reports/r.txt
                """);
        assertEquals(List.of(3, 8, 10), p.stream().map(ConfigProblem::line).toList(), p.toString());
    }

    @Test
    void yamlSyntaxErrorAndUnknownField() throws Exception {
        var syntax = problems("cases:\n  - name: a\n    report: [oops\n");
        assertEquals(1, syntax.size());
        assertTrue(syntax.get(0).line() >= 3, syntax.toString());
        var field = problems("cases:\n  - name: a\n    report: reports/r.txt\n    mustnot: [error]\n");
        assertEquals(4, field.get(0).line(), field.toString());
        assertTrue(field.get(0).message().contains("mustnot"));
    }

    @Test
    void shippedCasesPass() throws Exception {
        Path shipped = CompiledRules.SHIPPED.dir;
        var results = RuleTests.run(shipped, CompiledRules.SHIPPED.parser(), rules);
        assertTrue(results.size() >= rules.codes().codes().size(), "at least one case per code");
        String failed = results.stream().filter(r -> !r.passed())
                .map(r -> r.file() + " “" + r.name() + "”: " + r.failures()).collect(Collectors.joining("\n"));
        assertEquals("", failed);
    }

    @Test
    void aCaseThatDoesNotHoldFails() throws Exception {
        Path rulesCopy = casesFolder("r");
        Files.writeString(rulesCopy.resolve("tests/c.yaml"), """
                cases:
                  - name: 未改动的报告不会有勾稽错误
                    report: reports/luzhou-2023.txt
                    must: [T3_BALANCE]
                  - name: 改动找不到原文
                    report: reports/luzhou-2023.txt
                    edits:
                      - replace: {from: "没有这句话", to: "x"}
                    must_not: [error]
                  - name: 不应出现的代码出现了
                    report: reports/luzhou-2023.txt
                    edits:
                      - replace: {from: "新受理政府信息公开申请42件", to: "新受理政府信息公开申请41件"}
                    must_not: [error]
                """, StandardCharsets.UTF_8);
        var results = RuleTests.run(rulesCopy, CompiledRules.SHIPPED.parser(), rules);
        assertEquals(3, results.size());
        assertTrue(results.get(0).failures().get(0).startsWith("应出现 T3_BALANCE"), results.get(0).toString());
        assertTrue(results.get(1).failures().get(0).contains("没有这句话"), results.get(1).toString());
        assertTrue(results.get(2).failures().get(0).startsWith("不应出现 NARRATIVE_MISMATCH"), results.get(2).toString());
    }

    @Test
    void saysAndSaysNotCheckTheMessages() throws Exception {
        Path rulesCopy = casesFolder("s");
        String cut = """
                    report: reports/luzhou-2023.txt
                    edits:
                      - regex: {pattern: '(?s)(建立健全政府信息公开申请制度,进一步规范).*', to: '$1'}
                """;
        Files.writeString(rulesCopy.resolve("tests/c.yaml"), "cases:\n"
                + "  - name: 说法对\n" + cut + "    says: [一段文字中途结束]\n    says_not: [表格中途结束]\n"
                + "  - name: 说法不对\n" + cut + "    says: [表格中途结束]\n"
                + "  - name: 不该有的说法\n" + cut + "    must: [SECTION_MISSING]\n    says_not: [一段文字中途结束]\n",
                StandardCharsets.UTF_8);
        var results = RuleTests.run(rulesCopy, CompiledRules.SHIPPED.parser(), rules);
        assertEquals(List.of(true, false, false), results.stream().map(RuleTests.CaseResult::passed).toList(),
                results.toString());
        assertTrue(results.get(1).failures().get(0).startsWith("应有提示语含“表格中途结束”的发现，但没有（提示语是：SECTION_MISSING 缺少第二部分"),
                results.get(1).failures().toString());
        assertEquals("提示语须含 “表格中途结束”", results.get(1).expected());
        assertEquals(5, results.get(2).failures().size(), "each of the five findings that says it");
        assertTrue(results.get(2).failures().get(0).startsWith("不应有提示语含“一段文字中途结束”的发现，但出现了：SECTION_MISSING"),
                results.get(2).failures().toString());
    }

    /** A rules folder of this test's own ({@code name}), with tests/reports/luzhou-2023.txt for its cases. */
    private Path casesFolder(String name) throws IOException {
        Path rulesCopy = dir.resolve(name);
        Files.createDirectories(rulesCopy.resolve("tests/reports"));
        Files.copy(Path.of("rules/tests/reports/luzhou-2023.txt"), rulesCopy.resolve("tests/reports/luzhou-2023.txt"));
        return rulesCopy;
    }

    /** A full run of the cases of {@code rulesCopy}, its results stored in this test's own folder. */
    private RuleTests.Run runAll(Path rulesCopy) throws ConfigException {
        return RuleTests.all(new RuleBaseCache(dir.resolve("cache")), rulesCopy, RuleTests.cases(rulesCopy, rules),
                CompiledRules.SHIPPED.parser(), rules);
    }

    /** A full run whose rules, cases, reports and program are as last time gives last time's results, failures too. */
    @Test
    void unchangedCasesGiveTheStoredResultsAndAnEditRunsThemAgain() throws Exception {
        Path rulesCopy = casesFolder("r");
        String cases = """
                cases:
                  - name: 表三结转下年度多填1件
                    report: reports/luzhou-2023.txt
                    edits:
                      - replace: {from: "四、结转下年度继续办理 | 2 |", to: "四、结转下年度继续办理 | 3 |"}
                    must: [T3_BALANCE]
                  - name: 未改动的报告不会有勾稽错误
                    report: reports/luzhou-2023.txt
                    must: [T3_BALANCE]
                """;
        Files.writeString(rulesCopy.resolve("tests/c.yaml"), cases, StandardCharsets.UTF_8);
        RuleTests.Run first = runAll(rulesCopy);
        RuleTests.Run second = runAll(rulesCopy);
        assertFalse(first.stored());
        assertTrue(second.stored());
        assertEquals(first.suite(), second.suite());
        assertEquals(1, second.suite().failed());
        int last = cases.lastIndexOf("must:");
        Files.writeString(rulesCopy.resolve("tests/c.yaml"), cases.substring(0, last) + "must_not:"
                + cases.substring(last + "must:".length()), StandardCharsets.UTF_8);
        RuleTests.Run edited = runAll(rulesCopy);
        assertFalse(edited.stored());
        assertEquals(0, edited.suite().failed());
    }

    /** A report a case reads from outside tests/ counts too: an edit to it runs the cases again. */
    @Test
    void anEditToAReportOutsideTestsRunsTheCasesAgain() throws Exception {
        Path rulesCopy = dir.resolve("r");
        Files.createDirectories(rulesCopy.resolve("tests"));
        Path outside = dir.resolve("elsewhere/luzhou.txt");
        Files.createDirectories(outside.getParent());
        Files.copy(Path.of("rules/tests/reports/luzhou-2023.txt"), outside);
        Files.writeString(rulesCopy.resolve("tests/c.yaml"), """
                cases:
                  - name: 未改动的报告没有错误
                    report: ../../elsewhere/luzhou.txt
                    must_not: [error]
                """, StandardCharsets.UTF_8);
        assertFalse(runAll(rulesCopy).stored());
        assertTrue(runAll(rulesCopy).stored());
        Files.writeString(outside, Files.readString(outside).replace("四、结转下年度继续办理 | 2 |",
                "四、结转下年度继续办理 | 3 |"));
        RuleTests.Run edited = runAll(rulesCopy);
        assertFalse(edited.stored());
        assertEquals(1, edited.suite().failed());
    }

    @Test
    void shippedCasesCoverEveryCode() throws Exception {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(Path.of("rules", RuleTests.FOLDER))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".yaml")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        for (String code : rules.codes().codes()) {
            // a rule failure needs a broken rule, which the shipped set has not: fuzz.RuleFaultsTest breaks rules
            if (code.equals("RULE_FAILED")) continue;
            assertTrue(all.toString().matches("(?s).*must: \\[[^\\]]*\\b" + code + "\\b.*"), "no case must fire " + code);
        }
    }

    @Test
    void shippedCasesMakeEveryRuleFire() throws Exception {
        var suite = RuleTests.suite(Path.of("rules"), CompiledRules.SHIPPED.parser(), rules, null);
        assertTrue(suite.results().stream().allMatch(r -> r.failures().isEmpty()), suite.results().toString());
        // the one exception: 规则执行失败 reports another rule's failure, which needs a broken rule (RuleFaultsTest)
        List<String> silent = suite.uncoveredRules().stream().map(ConfigProblem::message)
                .filter(m -> !m.contains("“规则执行失败”")).toList();
        assertEquals(List.of(), silent);
    }
}
