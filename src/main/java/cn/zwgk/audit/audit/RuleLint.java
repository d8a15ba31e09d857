package cn.zwgk.audit.audit;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.model.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what the Drools compiler cannot: that every {@code emit.rule("CODE", "severity")} names a severity that
 * exists and a code (or {@code .template("variant")}) that messages.yaml words, and that every {@code ${…}} of
 * messages.yaml is a value some rule provides. Without this a typo would surface only when the rule fires.
 */
final class RuleLint {

    private static final Pattern EMIT = Pattern.compile("\\.rule\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern WITH = Pattern.compile("\\.with\\(\\s*\"([^\"]*)\"");
    /** The placeholders {@link Emit.Draft#add()} always fills. */
    private static final Set<String> BUILT_IN = Set.of("rule", "severity", "section", "sectionName", "table",
            "tableName", "row", "column", "line", "expected", "actual", "evidence", "basis", "raw");
    private static final Pattern TEMPLATE = Pattern.compile("\\.template\\(\\s*\"([^\"]*)\"\\s*\\)");

    private RuleLint() {}

    static List<ConfigProblem> check(Map<Path, String> drls, Messages messages) throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>(BUILT_IN);
        for (String text : drls.values()) {
            Matcher w = WITH.matcher(text);
            while (w.find()) known.add(w.group(1));
        }
        problems.addAll(messages.unknownPlaceholders(known));
        for (var e : drls.entrySet()) {
            String file = e.getKey().toString();
            String[] lines = e.getValue().split("\\R", -1);
            String lastCode = null;
            for (int i = 0; i < lines.length; i++) {
                String line = code(lines[i]);
                Matcher m = EMIT.matcher(line);
                while (m.find()) {
                    lastCode = m.group(1);
                    if (!messages.has(lastCode)) {
                        problems.add(new ConfigProblem(file, i + 1,
                                "发现代码 " + lastCode + " 在 " + RuleBase.MESSAGES + " 中没有提示语模板"));
                    }
                    try {
                        Severity.of(m.group(2));
                    } catch (IllegalArgumentException x) {
                        problems.add(new ConfigProblem(file, i + 1,
                                "严重程度“" + m.group(2) + "”无效，应为 error、warning 或 info"));
                    }
                }
                Matcher t = TEMPLATE.matcher(line);
                while (t.find()) {
                    String id = t.group(1).contains(".") || lastCode == null ? t.group(1) : lastCode + "." + t.group(1);
                    if (!messages.has(id)) {
                        problems.add(new ConfigProblem(file, i + 1,
                                "提示语模板 " + id + " 在 " + RuleBase.MESSAGES + " 中不存在"));
                    }
                }
            }
        }
        return problems;
    }

    /** The line without a trailing {@code //} comment (outside string literals). */
    private static String code(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) quoted = !quoted;
            if (!quoted && c == '/' && line.charAt(i + 1) == '/') return line.substring(0, i);
        }
        return line;
    }
}
