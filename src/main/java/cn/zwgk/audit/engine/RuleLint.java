package cn.zwgk.audit.engine;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.format.ReportFormat;
import cn.zwgk.audit.format.TableLayout;
import cn.zwgk.audit.format.TableRegistry;
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
 * Checks what the Drools compiler cannot: that every {@code emit.rule("CODE")} names a code that codes.yaml lists
 * and (or its {@code .template("variant")}) messages.yaml words, that every {@code ${…}} of
 * messages.yaml is a value some rule provides, and that every table, row, column, group and metric a rule names as a
 * string exists in labels.yaml and claims.yaml. Without this a typo would silently keep a rule from ever firing.
 */
final class RuleLint {

    private static final Pattern EMIT = Pattern.compile(
            "\\.rule\\(\\s*\"([^\"]*)\"\\s*(?:,\\s*\"([^\"]*)\"\\s*)?\\)");
    private static final Pattern WITH = Pattern.compile("\\.with\\(\\s*\"([^\"]*)\"");
    /** The placeholders {@link Emit.Draft#add()} always fills. */
    private static final Set<String> BUILT_IN = Set.of("rule", "severity", "section", "sectionName", "table",
            "tableName", "row", "column", "line", "expected", "actual", "evidence", "basis", "raw");
    private static final Pattern TEMPLATE = Pattern.compile("\\.template\\(\\s*\"([^\"]*)\"\\s*\\)");

    private static final Pattern TABLE = Pattern.compile("(?:\\btable\\s*[!=]=\\s*|\\.table\\(\\s*)\"([^\"]*)\"");
    private static final Pattern ROW = Pattern.compile("\\brow\\s*[!=]=\\s*\"([^\"]*)\"");
    private static final Pattern COLUMN = Pattern.compile("\\bcolumn\\s*[!=]=\\s*\"([^\"]*)\"");
    private static final Pattern GROUP = Pattern.compile("\\bgroups\\s+(?:not\\s+)?contains\\s*\"([^\"]*)\"");
    private static final Pattern METRIC = Pattern.compile(
            "\\bmetric\\s*(?:[!=]=\\s*\"([^\"]*)\"|(?:not\\s+)?in\\s*\\(([^)]*)\\))");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** Drools' str operator ("title str[endsWith] \"通知\""): see {@link #check}. */
    private static final Pattern STR = Pattern.compile("\\bstr\\s*\\[");

    private RuleLint() {}

    /** The codes the rules emit (outside comments). */
    static Set<String> emitted(Map<Path, String> drls) {
        Set<String> codes = new HashSet<>();
        for (String text : drls.values()) {
            for (String line : text.split("\\R")) {
                Matcher m = EMIT.matcher(DrlErrors.code(line));
                while (m.find()) codes.add(m.group(1));
            }
        }
        return codes;
    }

    static List<ConfigProblem> check(Map<Path, String> drls, Messages messages, Codes codes, ReportFormat format)
            throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        Set<String> emitted = new HashSet<>();
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
                String line = DrlErrors.code(lines[i]);
                Matcher m = EMIT.matcher(line);
                while (m.find()) {
                    lastCode = m.group(1);
                    emitted.add(lastCode);
                    if (!messages.has(lastCode) && !codes.has(lastCode)) {
                        problems.add(new ConfigProblem(file, i + 1, "未知的发现代码 " + lastCode + "（" + Codes.FILE
                                + " 和 " + RuleBase.MESSAGES + " 中都没有）", DrlErrors.closest(lastCode, codes.codes())
                                + "新的发现代码须在 codes.yaml（name、severity）和 messages.yaml（message、advice、basis）中各加一条"));
                    } else if (!messages.has(lastCode)) {
                        problems.add(new ConfigProblem(file, i + 1,
                                "发现代码 " + lastCode + " 在 " + RuleBase.MESSAGES + " 中没有提示语模板",
                                "在 messages.yaml 中加 " + lastCode + ":（message、advice、basis）"));
                    } else if (!codes.has(lastCode)) {
                        problems.add(new ConfigProblem(file, i + 1,
                                "发现代码 " + lastCode + " 在 " + Codes.FILE + " 中没有条目",
                                "在 codes.yaml 中加 " + lastCode + ":（name 中文名称、severity 严重程度）"));
                    }
                    if (m.group(2) != null) severityInRule(file, i + 1, lines[i], m.group(1), m.group(2), codes, problems);
                }
                names(file, i + 1, line, format, problems);
                // Drools 10.2 compiles a constraint to bytecode after its twentieth evaluation; for str[…] the
                // bytecode calls a method this Drools no longer has, so the rule starts failing part-way through
                // a batch (every report after that one loses its audit), never in a one-report check
                if (STR.matcher(line).find()) {
                    problems.add(new ConfigProblem(file, i + 1,
                            "str[…] 运算符在本版 Drools 中不能用：规则执行二十来次后会出错，同一批中其后的报告都无法审查",
                            "改用字符串方法：title str[endsWith] \"通知\" 写成 title != null, title.endsWith(\"通知\")；"
                                    + "str[startsWith] 用 startsWith(…)，str[length] 用 length()"));
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
        unused(codes, messages, emitted, problems);
        return problems;
    }

    /**
     * A severity written in the rule is the older spelling: codes.yaml decides. Said as a warning when they differ,
     * so nobody believes an edit of the rule changed anything.
     */
    private static void severityInRule(String file, int line, String text, String code, String severity,
                                       Codes codes, List<ConfigProblem> problems) {
        Severity said;
        try {
            said = Severity.of(severity);
        } catch (IllegalArgumentException x) {
            problems.add(new ConfigProblem(file, line, "严重程度“" + severity + "”无效，应为 error、warning 或 info",
                    "严重程度写在 codes.yaml 中，规则里只写代码：emit.rule(\"" + code + "\")"));
            return;
        }
        Matcher t = TEMPLATE.matcher(text);
        String id = t.find() ? (t.group(1).contains(".") ? t.group(1) : code + "." + t.group(1)) : code;
        Severity decided = codes.severity(id);
        if (decided != null && decided != said) {
            problems.add(ConfigProblem.warning(file, line, "规则中写的严重程度 " + severity + " 不起作用：" + id
                    + " 的严重程度以 codes.yaml 为准（" + decided.code() + "）",
                    "改严重程度请改 codes.yaml；规则里只写代码：emit.rule(\"" + code + "\")"));
        }
    }

    /** codes.yaml entries no rule emits (a warning: a code may be kept for later), and variants nothing words. */
    private static void unused(Codes codes, Messages messages, Set<String> emitted, List<ConfigProblem> problems) {
        String file = codes.file().toString();
        for (String id : codes.ids()) {
            if (id.contains(".")) {
                if (!messages.has(id)) {
                    problems.add(new ConfigProblem(file, codes.lineOf(id), "变体 " + id + " 在 " + RuleBase.MESSAGES
                            + " 中没有提示语模板", "变体名须与 messages.yaml 中的“代码.变体”一致"));
                }
            } else if (!emitted.contains(id)) {
                problems.add(ConfigProblem.warning(file, codes.lineOf(id), "没有任何规则产生发现代码 " + id,
                        "代码拼写是否与规则中的 emit.rule(\"…\") 一致？不再使用的代码可以删去"));
            }
        }
    }

    /**
     * The table, row, column, group and metric names a line compares with: a row, column or group is looked up in
     * the table the same line names, else in every table.
     */
    private static void names(String file, int line, String text, ReportFormat format, List<ConfigProblem> problems) {
        TableRegistry tables = format.tables();
        List<TableLayout> scope = tables.tables();
        Matcher t = TABLE.matcher(text);
        if (t.find()) {
            TableLayout named = tables.table(t.group(1)).orElse(null);
            if (named == null) {
                problems.add(new ConfigProblem(file, line, "表“" + t.group(1) + "”在 labels.yaml 中不存在"));
                return;
            }
            scope = List.of(named);
        }
        List<TableLayout> in = scope;
        String where = in.size() == 1 ? in.get(0).id() : "labels.yaml";
        Matcher r = ROW.matcher(text);
        while (r.find()) {
            String key = r.group(1);
            if (in.stream().noneMatch(x -> x.row(key).isPresent())) {
                problems.add(new ConfigProblem(file, line, "行“" + key + "”在 " + where + " 中不存在"));
            }
        }
        Matcher c = COLUMN.matcher(text);
        while (c.find()) {
            String key = c.group(1);
            if (in.stream().noneMatch(x -> x.column(key).isPresent())) {
                problems.add(new ConfigProblem(file, line, "列“" + key + "”在 " + where + " 中不存在"));
            }
        }
        Matcher g = GROUP.matcher(text);
        while (g.find()) {
            String key = g.group(1);
            if (in.stream().noneMatch(x -> x.group(key).isPresent())) {
                problems.add(new ConfigProblem(file, line, "分组“" + key + "”在 " + where + " 中不存在"));
            }
        }
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            List<String> names = new ArrayList<>();
            if (m.group(1) != null) names.add(m.group(1));
            else for (Matcher q = QUOTED.matcher(m.group(2)); q.find(); ) names.add(q.group(1));
            for (String name : names) {
                if (!format.metrics().contains(name)) {
                    problems.add(new ConfigProblem(file, line, "指标“" + name + "”在 claims.yaml 中不存在（lexicon.words 与 patterns 都没有）"));
                }
            }
        }
    }

}
