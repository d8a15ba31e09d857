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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** codes.yaml is the one place for a code's Chinese name, severity and switch; rules check holds it to the rules. */
class CodesTest {

    @TempDir
    Path dir;

    /** A fixture rule set: one rule that emits CELL_INVALID for a cell, a variant, and the files a folder needs. */
    private void fixture(String codes, String rule) throws IOException {
        try (var files = Files.list(cn.zwgk.audit.Fixtures.FIXTURE_RULES)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Files.writeString(dir.resolve("messages.yaml"), """
                CELL_INVALID:
                  message: "${column}列无效"
                  basis: "依据"
                CELL_INVALID.短:
                  message: "${column}无效"
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("codes.yaml"), codes, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("one.drl"), """
                package fixture;
                import cn.zwgk.audit.model.Cell;
                import cn.zwgk.audit.model.CellState;
                global cn.zwgk.audit.engine.Emit emit;

                rule "无效单元格"
                when
                    $c : Cell(state == CellState.DASH)
                then
                """ + rule + "\nend\n", StandardCharsets.UTF_8);
    }

    private static final String CODES = """
            CELL_INVALID:
              name: 表格单元格填写无效
              severity: %s
            """;

    private List<Finding> findings() throws Exception {
        var report = new ReportBuilder().state("T3", "B", "科研机构", CellState.DASH, "/").build();
        return RuleBase.compile(dir).evaluate(report);
    }

    @Test
    void severityNameAndSwitchComeFromCodesYaml() throws Exception {
        fixture(CODES.formatted("warning"), "    emit.rule(\"CELL_INVALID\").at($c).add();");
        List<Finding> f = findings();
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        RuleBase rules = RuleBase.compile(dir);
        assertEquals("表格单元格填写无效", rules.codes().name("CELL_INVALID"));
        assertEquals("表格单元格填写无效", rules.codes().name("CELL_INVALID.短"));
        assertEquals("NO_SUCH_CODE", rules.codes().name("NO_SUCH_CODE"));

        Files.writeString(dir.resolve("codes.yaml"), CODES.formatted("error") + "  enabled: false\n");
        assertEquals(List.of(), findings(), "a code switched off reports nothing");
    }

    @Test
    void theOlderSeverityInTheRuleYieldsToCodesYamlWithAWarning() throws Exception {
        fixture(CODES.formatted("info"), "    emit.rule(\"CELL_INVALID\", \"error\").at($c).add();");
        assertEquals(Severity.INFO, findings().get(0).severity());
        List<ConfigProblem> w = RuleBase.compile(dir).warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals(dir.resolve("one.drl").toString(), w.get(0).file());
        assertEquals(10, w.get(0).line());
        assertTrue(w.get(0).message().contains("以 codes.yaml 为准（info）"), w.get(0).message());
    }

    @Test
    void aVariantMayHaveItsOwnSeverity() throws Exception {
        fixture(CODES.formatted("error") + "CELL_INVALID.短:\n  severity: info\n",
                "    emit.rule(\"CELL_INVALID\").template(\"短\").at($c).add();");
        assertEquals(Severity.INFO, findings().get(0).severity());
    }

    @Test
    void anEmittedCodeWithoutEntryFailsAtTheRuleAndAnUnusedEntryWarns() throws Exception {
        fixture("""
                T3_BALANCE:
                  name: 表三不平衡
                  severity: error
                """, "    emit.rule(\"CELL_INVALID\").at($c).add();");
        var e = assertThrows(ConfigException.class, () -> RuleBase.compile(dir));
        ConfigProblem p = e.problems().stream().filter(x -> x.file().endsWith("one.drl")).findFirst().orElseThrow();
        assertEquals(10, p.line());
        assertEquals("发现代码 CELL_INVALID 在 codes.yaml 中没有条目", p.message());

        Files.writeString(dir.resolve("codes.yaml"), CODES.formatted("error") + """
                T3_BALANCE:
                  name: 表三不平衡
                  severity: error
                """);
        List<ConfigProblem> w = RuleBase.compile(dir).warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals(dir.resolve("codes.yaml").toString() + ":4: 警告：没有任何规则产生发现代码 T3_BALANCE",
                w.get(0).toString().lines().findFirst().orElseThrow());
    }

    @Test
    void aBadEntryIsNamedAtItsLine() throws Exception {
        fixture("""
                CELL_INVALID:
                  name: 表格单元格填写无效
                  severity: fatal
                """, "    emit.rule(\"CELL_INVALID\").at($c).add();");
        var e = assertThrows(ConfigException.class, () -> RuleBase.compile(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(3, e.problems().get(0).line());
        assertEquals("CELL_INVALID 的严重程度“fatal”无效", e.problems().get(0).message());
        assertTrue(e.problems().get(0).hint().contains("error（错误）"));
    }
}
