package cn.zwgk.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The five edits an office makes most, each with its test case, as rules/README.md shows them: reword a message,
 * change a severity, add a heading variant, add a narrative pattern, add a DRL rule. Applied to a copy of rules/ by
 * {@code OfficeEditsTest}; {@code main} applies them to a folder given, to run the whole suite on the result
 * ({@code mvn verify -Dzwgk.rules=DIR}).
 */
public final class OfficeEdits {

    /** The new wording of T3_BALANCE (edit 1). */
    public static final String REWORDED = "表三“${column}”列：本年新收与上年结转合计${expected}件，办理结果与结转下年度合计${actual}件，两者应相等";
    /** The code the new rule makes (edit 5). */
    public static final String NEW_CODE = "PROBLEMS_BRIEF";

    private OfficeEdits() {}

    public static void apply(Path rules) throws IOException {
        // 1. reword a message
        replaceLine(rules.resolve("messages.yaml"), "T3_BALANCE:", "  message: \"" + REWORDED + "\"");
        // 2. change a severity: a heading in other words than the format's becomes a warning
        replace(rules.resolve("codes.yaml"), "SECTION_TITLE_VARIANT:\n  name: 部分标题与格式不同\n  severity: info",
                "SECTION_TITLE_VARIANT:\n  name: 部分标题与格式不同\n  severity: warning");
        // 3. a heading variant: "一、工作综述" is section 一
        replace(rules.resolve("sections.yaml"), "match: [[总体情况], [概述],", "match: [[总体情况], [综述], [概述],");
        // 4. a narrative pattern: "申请人提出政府信息公开申请N件" states table 三's 本年新收
        replace(rules.resolve("claims.yaml"), "patterns:\n", """
                patterns:
                  # 本办公室补充：“申请人提出政府信息公开申请N件”
                  - metric: 新收申请
                    unit: 件
                    regex: '申请人(共)?提出(了)?(政府信息公开|信息公开|公开)申请(?<n>\\d+)件'
                """);
        // 5. a new rule with its code, wording and case
        Files.writeString(rules.resolve("office.drl"), """
                // 本办公室自加的规则：第五部分“存在的主要问题及改进情况”写得过简。
                package cn.zwgk.audit.rules;

                import cn.zwgk.audit.model.Section;

                global cn.zwgk.audit.engine.Emit emit;

                rule "第五部分不足五十字" extends "可以审查的报告"
                when
                    $s : Section(number == 5, text != null, text.length() < 50)
                then
                    emit.rule("PROBLEMS_BRIEF").at($s).with("length", $s.text().length()).add();
                end
                """, StandardCharsets.UTF_8);
        append(rules.resolve("codes.yaml"), "\nPROBLEMS_BRIEF:\n  name: 问题及改进写得过简\n  severity: info\n");
        append(rules.resolve("messages.yaml"), """

                PROBLEMS_BRIEF:
                  message: "第五部分只有${length}个字，问题和改进情况写得过简"
                  advice: "具体写明存在的主要问题和改进措施。"
                  basis: "国办公开办函〔2021〕30号（报告内容“不能遗漏，也不宜泛化”）"
                """);
        Files.writeString(rules.resolve("tests/office.yaml"), """
                # 本办公室自加规则和改动的用例
                cases:
                  - name: 第五部分只有一句话
                    report: reports/luzhou-2023.txt
                    edits:
                      - regex: {pattern: '(五、存在的主要问题及改进情况\\n)[^\\n]*\\n[^\\n]*', to: '$1公开力度不够，将加强培训。'}
                    must: [PROBLEMS_BRIEF]
                    must_not: [SECTION_MISSING, error]

                  - name: 总体情况写作“工作综述”
                    report: reports/luzhou-2023.txt
                    edits:
                      - replace: {from: "一、总体情况", to: "一、工作综述"}
                    must: [SECTION_TITLE_VARIANT]
                    must_not: [SECTION_MISSING, SECTION_ORDER]

                  - name: 申请人提出的申请数与表三不符
                    report: reports/luzhou-2023.txt
                    edits:
                      - replace: {from: "新受理政府信息公开申请42件", to: "申请人提出政府信息公开申请41件"}
                    must: [NARRATIVE_MISMATCH]
                """, StandardCharsets.UTF_8);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) throw new IllegalStateException(file + " no longer contains: " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Replaces the line after {@code key} (its message). */
    private static void replaceLine(Path file, String key, String line) throws IOException {
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].equals(key)) {
                lines[i + 1] = line;
                Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
                return;
            }
        }
        throw new IllegalStateException(file + " has no " + key);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        apply(Path.of(args[0]));
    }
}
