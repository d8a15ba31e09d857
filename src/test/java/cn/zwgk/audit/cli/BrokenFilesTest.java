package cn.zwgk.audit.cli;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.config.ConfigProblem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mistakes a rule maintainer makes, one per row: {@code rules check} names each in Chinese at the file and line
 * that hold it (not a later line, not Drools' or Jackson's English), with a hint, and says nothing else.
 */
class BrokenFilesTest {

    /**
     * @param kind    the mistake
     * @param file    the file under rules/ (or templates/ when it starts with "templates/")
     * @param from    the text replaced …
     * @param to      … by this
     * @param at      text of the edited file whose line the problem must name
     * @param message what the message must say
     * @param atFile  the file the problem is in, when not the edited one
     */
    record Broken(String kind, String file, String from, String to, String at, String message, String atFile) {
        Broken(String kind, String file, String from, String to, String at, String message) {
            this(kind, file, from, to, at, message, file);
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    static Stream<Broken> cases() {
        return Stream.of(
                new Broken("DRL：字段拼错", "narrative.drl", "$c : Claim(metric == $metric", "$c : Claim(metrik == $metric",
                        "metrik ==", "Claim 没有字段“metrik”"),
                new Broken("DRL：事实类型拼错", "narrative.drl", "$s : SumClaim(closed,", "$s : SumClam(closed,",
                        "SumClam(", "未知的事实类型“SumClam”"),
                new Broken("DRL：缺少 end", "narrative.drl", ".with(\"unit\", $c.unit()).add();\nend\n",
                        ".with(\"unit\", $c.unit()).add();\n", "emit.rule(\"NARRATIVE_MISMATCH\")", "缺少 end"),
                new Broken("DRL：缺少分号", "fees.drl", "emit.rule(\"FEE_NOT_DISCLOSED\").at($s).add();",
                        "emit.rule(\"FEE_NOT_DISCLOSED\").at($s).add()", "emit.rule(\"FEE_NOT_DISCLOSED\")", "缺少分号"),
                new Broken("DRL：括号不成对", "structure.drl", "$t : Title(agency == null || agency == \"\")",
                        "$t : Title(agency == null || agency == \"\"", "$t : Title(agency == null", "括号不成对"),
                new Broken("DRL：常量拼错", "arithmetic.drl", "CellState.NUMBER", "CellState.NUMBR", "CellState.NUMBR",
                        "CellState 没有取值“NUMBR”"),
                new Broken("DRL：emit 的方法拼错", "fees.drl", "emit.rule(\"FEE_NOT_DISCLOSED\").at($s).add();",
                        "emit.rule(\"FEE_NOT_DISCLOSED\").at($s).addd();", ".addd()", "没有 .addd(…)"),
                new Broken("DRL：代码在 codes.yaml 中没有条目", "narrative.drl", "emit.rule(\"NARRATIVE_SUM\")",
                        "emit.rule(\"NARRATIVE_SUMS\")", "NARRATIVE_SUMS", "未知的发现代码 NARRATIVE_SUMS"),
                new Broken("DRL：新代码只写了提示语，没写 codes.yaml", "codes.yaml", "FEE_NOT_DISCLOSED:\n  name: 未说明信息处理费\n  severity: error\n",
                        "", "emit.rule(\"FEE_NOT_DISCLOSED\")", "FEE_NOT_DISCLOSED 在 codes.yaml 中没有条目", "fees.drl"),
                new Broken("DRL：表格行键不存在", "arithmetic.drl", "row == \"A\", state", "row == \"AA\", state",
                        "row == \"AA\"", "行“AA”在 T3 中不存在"),
                new Broken("DRL：指标名不存在", "fees.drl", "$none : Claim(section == 6, metric == \"未收费\")",
                        "$none : Claim(section == 6, metric == \"未收废\")", "未收废", "指标“未收废”"),
                new Broken("codes.yaml：严重程度无效", "codes.yaml", "CELL_INVALID:\n  name: 表格单元格填写无效\n  severity: error",
                        "CELL_INVALID:\n  name: 表格单元格填写无效\n  severity: fatal", "severity: fatal", "严重程度“fatal”无效"),
                new Broken("messages.yaml：字段名拼错", "messages.yaml", "T4_TOTAL:\n  message:", "T4_TOTAL:\n  mesage:",
                        "mesage:", "未知的字段“mesage”"),
                new Broken("messages.yaml：占位符拼错", "messages.yaml", "T4_TOTAL:\n  message: \"表四“${row}”",
                        "T4_TOTAL:\n  message: \"表四“${rwo}”", "${rwo}", "未知的占位符 ${rwo}"),
                new Broken("messages.yaml：引号不成对", "messages.yaml", "message: \"无法审查该文件：${reason}\"",
                        "message: \"无法审查该文件：${reason}", "无法审查该文件：${reason}", "引号不成对"),
                new Broken("messages.yaml：同一代码写了两次", "messages.yaml", "\nT4_TOTAL:\n",
                        "\nT4_TOTAL:\n  message: \"x\"\n  basis: \"y\"\nT4_TOTAL:  # 又一次\n", "T4_TOTAL:  # 又一次", "“T4_TOTAL”重复出现"),
                new Broken("claims.yaml：正则括号不成对", "claims.yaml", "\npatterns:\n",
                        "\npatterns:\n  - metric: 上年结转\n    unit: 件\n    regex: '上(一?年结转(?<n>\\d+)件'\n", "上(一?年",
                        "括号不成对"),
                new Broken("sections.yaml：正则括号不成对", "sections.yaml", "- '^账号.{0,3}密码登录'",
                        "- '^账号(.{0,3}密码登录'", "^账号(", "括号不成对"),
                new Broken("claims.yaml：restates 的指标不存在", "claims.yaml", "- {metric: 上年结转, table: T3",
                        "- {metric: 上年结砖, table: T3", "上年结砖", "指标“上年结砖”"),
                new Broken("sections.yaml：部分写成了一行文字", "sections.yaml",
                        "  - number: 2\n    canonical: 二、主动公开政府信息情况\n    match: [[主动公开]]", "  - 二、主动公开政府信息情况",
                        "  - 二、主动公开政府信息情况", "sections 第2项 应为映射"),
                new Broken("sections.yaml：数字写成汉字", "sections.yaml", "headingMaxLength: 40", "headingMaxLength: 四十",
                        "headingMaxLength: 四十", "headingMaxLength 应为整数"),
                new Broken("labels.yaml：用 Tab 缩进", "labels.yaml", "\n  ", "\n\t", "\t", "Tab 缩进"),
                new Broken("tests：用例写了不存在的代码", "tests/arithmetic.yaml", "must: [T3_BALANCE]", "must: [T3_BALANS]",
                        "T3_BALANS", "未知的发现代码 T3_BALANS"),
                new Broken("templates：占位符拼错", "templates/report.yaml", "reportName: ${agency}${year}",
                        "reportName: ${agency}${yaer}", "${yaer}", "yaer"));
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMistakeIsNamedInChineseAtItsFileAndLine(Broken b) throws Exception {
        Path rules = Fixtures.copyTree(Fixtures.FIXTURE_RULES, dir.resolve("rules"));
        Path templates = Fixtures.copyTree(Fixtures.TEMPLATES, dir.resolve("templates"));
        Path file = b.file().startsWith("templates/") ? dir.resolve(b.file()) : rules.resolve(b.file());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(b.from()), b.file() + " no longer contains " + b.from());
        int i = text.indexOf(b.from());
        String edited = text.substring(0, i) + b.to() + text.substring(i + b.from().length());
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        Path at = b.atFile().equals(b.file()) ? file : rules.resolve(b.atFile());
        int line = lineOf(Files.readString(at, StandardCharsets.UTF_8), b.at());

        RuleCheck.Result r = new RuleCheck(rules, templates).run();
        String all = r.errors().stream().map(ConfigProblem::toString).collect(Collectors.joining("\n"));
        assertFalse(r.ok(), b.kind() + " passed the check");
        assertEquals(1, r.errors().size(), "one mistake, one message:\n" + all);
        ConfigProblem p = r.errors().get(0);
        assertEquals(at.toString() + ":" + line, p.file() + ":" + p.line(), all);
        assertTrue(p.message().contains(b.message()), all);
        assertTrue(p.message().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), "Chinese: " + all);
        for (String english : List.of("Exception", "Cannot ", "Unable to", "[ERR", "strict-mode", "mismatched", "Unclosed")) {
            assertFalse(all.contains(english), "no Drools, Jackson or java.util.regex English: " + all);
        }
    }

    private static int lineOf(String text, String at) {
        String[] lines = text.split("\n", -1);
        String first = at.split("\n")[0];
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(first)) return i + 1;
        throw new AssertionError(at + " not in the edited file");
    }
}
