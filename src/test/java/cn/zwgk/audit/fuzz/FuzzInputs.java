package cn.zwgk.audit.fuzz;

import cn.zwgk.audit.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The hostile inputs and broken rules of the fuzz harness, made at test time (nothing large is committed): the seed
 * report with something pathological added, and a copy of {@code rules/} with faulty rules appended. Each faulty rule
 * fires only on a report whose file name ends with its trigger, so one compiled rule set serves every case.
 */
final class FuzzInputs {

    /** The seed the harness puts beside every bad input (泸州市江阳区, 2023). */
    static final Path SEED = Fixtures.SEEDS.resolve("001_5947d9b708ca0c38.txt");

    private FuzzInputs() {}

    static String seedText() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule appended to fees.drl that runs {@code body} on a report whose file name ends with {@code trigger}. */
    static String faultyRule(String name, String trigger, String body) {
        return "\nrule \"" + name + "\"\nwhen\n    $r : Report(file.endsWith(\"" + trigger + "\"))\nthen\n" + body + "\nend\n";
    }

    static final String THROWS_NPE = faultyRule("空指针的规则", "npe.txt", "    String s = null;\n    s.length();");
    static final String DIVIDES_BY_ZERO = faultyRule("除以零的规则", "div0.txt", "    int z = 0;\n    int q = 1 / z;");
    static final String LOOPS = faultyRule("循环更新的规则", "loop.txt", "    update($r);");
    static final String BUSY = faultyRule("忙循环的规则", "busy.txt",
            "    long i = 1;\n    while (i != 0) { i = (i * 3) % 1000003 + 1; }");
    static final String RECURSES = "\nfunction int down(int n) { return down(n + 1) + 1; }\n"
            + faultyRule("无限递归的规则", "stack.txt", "    down(0);");
    static final String UNKNOWN_CODE = faultyRule("未知代码的规则", "code.txt",
            "    String code = \"NO_SUCH\" + \"_CODE\";\n    emit.rule(code, \"error\").add();");
    /** A condition that throws (the report has no period): Drools evaluates it as the facts go in, not as it fires. */
    static final String CONDITION_THROWS = "\nrule \"条件出错的规则\"\nwhen\n"
            + "    $r : Report(file.endsWith(\"cond.txt\"), period.text.length() > 0)\nthen\nend\n";
    static final String EXHAUSTS_MEMORY = faultyRule("耗尽内存的规则", "oom.txt",
            "    java.util.List l = new java.util.ArrayList();\n    while (l.size() >= 0) { l.add(new long[1 << 20]); }");

    /** A copy of the shipped rules with {@code drl} appended to fees.drl. */
    static Path rulesWith(Path dir, String... drl) throws IOException {
        Path rules = Fixtures.copyTree(Fixtures.RULES, dir.resolve("rules"));
        Path fees = rules.resolve("fees.drl");
        Files.writeString(fees, String.join("\n", drl), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return rules;
    }

    /** A copy of the shipped rules with an extra claims.yaml pattern (metric 新收申请). */
    static Path rulesWithClaimPattern(Path dir, String regex) throws IOException {
        Path rules = Fixtures.copyTree(Fixtures.RULES, dir.resolve("rules"));
        Path claims = rules.resolve("claims.yaml");
        String t = Files.readString(claims, StandardCharsets.UTF_8);
        if (!t.contains("patterns:\n")) throw new IllegalStateException("claims.yaml has no patterns: list");
        t = t.replaceFirst("patterns:\n", "patterns:\n  - metric: 新收申请\n    unit: 件\n    regex: '" + regex
                + "'\n    sections: [0, 1, 2, 3, 4, 5, 6]\n");
        Files.writeString(claims, t, StandardCharsets.UTF_8);
        return rules;
    }

    /** A30: a million pipe-table rows after the seed's table 三 (some 30 MB). */
    static String millionTableRows() {
        StringBuilder rows = new StringBuilder(32_000_000);
        for (int i = 0; i < 1_000_000; i++) rows.append(i).append(" | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");
        return seedText().replaceFirst("四、政府信息公开行政复议", rows + "四、政府信息公开行政复议");
    }

    /** D10/D10b: the seed with a line of {@code n} 'a's and a 'c' at the top of 一. */
    static String poisonSentence(int n) {
        return seedText().replaceFirst("一、总体情况\n", "一、总体情况\n" + "a".repeat(n) + "c\n");
    }

    /** A39: template text in a report's narrative claim. */
    static String templateInClaim(String placeholder) {
        String t = seedText();
        if (!t.contains("新受理政府信息公开申请42件")) throw new IllegalStateException("seed changed");
        return t.replace("新受理政府信息公开申请42件", "新受理" + placeholder + "政府信息公开申请43件");
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
