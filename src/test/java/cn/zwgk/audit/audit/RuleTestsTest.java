package cn.zwgk.audit.audit;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken rule test file stops {@code audit rules test} with file:line, before any case runs. */
class RuleTestsTest {

    static RuleBase rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(Path.of("rules"));
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
    void shippedCasesCoverEveryCode() throws Exception {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(Path.of("rules", RuleTests.FOLDER))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".yaml")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        for (String code : rules.codes()) {
            assertTrue(all.toString().matches("(?s).*must: \\[[^\\]]*\\b" + code + "\\b.*"), "no case must fire " + code);
        }
    }
}
