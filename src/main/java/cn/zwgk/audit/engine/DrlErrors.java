package cn.zwgk.audit.engine;

import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.format.Restates;
import cn.zwgk.audit.format.TableLayout;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Citation;
import cn.zwgk.audit.model.Claim;
import cn.zwgk.audit.model.InputProblem;
import cn.zwgk.audit.model.LabelMatch;
import cn.zwgk.audit.model.OtherYearClaim;
import cn.zwgk.audit.model.PartCount;
import cn.zwgk.audit.model.Period;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.RuleFailure;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.model.Share;
import cn.zwgk.audit.model.SumClaim;
import cn.zwgk.audit.model.Table;
import cn.zwgk.audit.model.Title;
import cn.zwgk.audit.model.YearMention;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Drools compiler's English, said in Chinese for the office's rule maintainer: an unknown field lists the fields
 * the fact has, an unknown type the types there are, a missing {@code end} or {@code ;} is found at its line. What is
 * not recognised keeps Drools' words, with a hint.
 */
final class DrlErrors {

    /** The facts a rule can match, as the session gets them (the report's and the format's, and rule failures). */
    static final List<Class<?>> FACT_TYPES = List.of(Report.class, Title.class, Period.class, YearMention.class,
            Section.class, Table.class, Cell.class, LabelMatch.class, Claim.class, SumClaim.class, Share.class,
            OtherYearClaim.class, Citation.class, PartCount.class, InputProblem.class, RuleFailure.class,
            TableLayout.class, Restates.class);

    /** What a rule file may import besides the facts. */
    private static final List<Class<?>> IMPORTABLE = List.of(CellState.class);

    private static final Pattern STRICT = Pattern.compile(
            "Unable to Analyse Expression (.+?): \\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)\\]");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern NOT_RESOLVED = Pattern.compile("(\\$?\\w+) cannot be resolved");
    private static final Pattern MISSING_TOKEN = Pattern.compile("Syntax error, insert \"([^\"]+)\" to complete");
    private static final Pattern METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type ([\\w.]+)");
    private static final Pattern PARSER = Pattern.compile("\\[ERR 1\\d\\d] Line (\\d+):(\\d+) (.*)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|\\S+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+[\\w.]+\\.(\\w+)\\s*;");
    private static final Pattern WORD = Pattern.compile("^\\s*(when|then|end|rule|query|function|declare)\\b");

    private DrlErrors() {}

    /**
     * Rules without their {@code end}: Drools reports these as a mismatched token somewhere later (often in the next
     * rule). Said at the line where the end is wanted: the last line of the rule's body.
     */
    static List<ConfigProblem> missingEnds(Path file, String text) {
        String[] lines = text.split("\\R", -1);
        List<ConfigProblem> problems = new ArrayList<>();
        int open = -1;
        String name = null;
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            String code = code(lines[i]).strip();
            Matcher r = RULE.matcher(code);
            Matcher w = WORD.matcher(code);
            String word = w.find() ? w.group(1) : null;
            if ("rule".equals(word) && r.find()) {
                if (open >= 0) problems.add(missingEnd(file, name, open, last));
                open = i;
                name = r.group(1);
            } else if ("end".equals(word) && code.equals("end")) {
                open = -1;
            }
            if (!code.isEmpty()) last = i;
        }
        if (open >= 0) problems.add(missingEnd(file, name, open, last));
        return problems;
    }

    /**
     * Parentheses that do not pair up within a rule's when or then part: Drools reports these at the next keyword,
     * a line or more late. Said at the line where the unclosed parenthesis opens (or the extra one closes).
     */
    static List<ConfigProblem> unbalanced(Path file, String text) {
        String[] lines = text.split("\\R", -1);
        List<ConfigProblem> problems = new ArrayList<>();
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        boolean inRule = false;
        for (int i = 0; i < lines.length; i++) {
            String code = code(lines[i]);
            String word = code.strip();
            if (word.equals("when") || word.equals("then") || word.equals("end") || RULE.matcher(word).find()) {
                if (!open.isEmpty()) problems.add(new ConfigProblem(file.toString(), open.peekLast() + 1,
                        "括号不成对：这一行的“(”没有对应的“)”", "在条件或语句末尾补上“)”；多行的条件要在最后一行闭合"));
                open.clear();
                inRule = !word.equals("end");
                continue;
            }
            if (!inRule) continue;
            boolean quoted = false;
            for (int k = 0; k < code.length(); k++) {
                char c = code.charAt(k);
                if (c == '"' && (k == 0 || code.charAt(k - 1) != '\\')) quoted = !quoted;
                if (quoted) continue;
                if (c == '(') open.addLast(i);
                else if (c == ')') {
                    if (open.isEmpty()) {
                        problems.add(new ConfigProblem(file.toString(), i + 1, "括号不成对：这一行多了一个“)”",
                                "删去多余的“)”，或在前面补上对应的“(”"));
                        break;
                    }
                    open.removeLast();
                }
            }
        }
        return problems;
    }

    private static ConfigProblem missingEnd(Path file, String name, int open, int last) {
        // the body ends at the last non-blank line before the next rule (or the file's end)
        return new ConfigProblem(file.toString(), last + 1, "规则 " + name + "（第" + (open + 1) + "行起）缺少 end",
                "每条规则以 rule \"名称\" 开始、以单独一行的 end 结束：在这一行之后加一行 end");
    }

    /**
     * One Drools message in Chinese, at the line that holds the mistake; empty when it only follows from another
     * (a variable of a pattern whose type is unknown).
     */
    static Optional<ConfigProblem> translate(Path file, String text, int line, String raw, List<String> all) {
        String where = file == null ? "rules" : file.toString();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);

        Matcher m = STRICT.matcher(raw);
        if (m.find()) {
            String expression = m.group(1).strip();
            Class<?> type = load(m.group(2));
            String member = m.group(3);
            int at = line > 0 ? line : lineOf(lines, expression, 0);
            String simple = type != null ? type.getSimpleName() : m.group(2).replaceAll(".*[.$]", "");
            if (type != null && type.isEnum()) {
                return Optional.of(new ConfigProblem(where, at, simple + " 没有取值“" + member + "”（" + expression + "）",
                        closest(member, constants(type)) + "可用的取值：" + String.join("、", constants(type))));
            }
            List<String> fields = type == null ? List.of() : fields(type);
            return Optional.of(new ConfigProblem(where, at, simple + " 没有字段“" + member + "”（" + expression + "）",
                    closest(member, fields) + (fields.isEmpty() ? "" : simple + " 的字段：" + String.join("、", fields))
                            + "（各事实的字段见 rules/README.md）"));
        }
        m = OBJECT_TYPE.matcher(raw);
        if (m.find()) {
            String name = m.group(1);
            // the facts every rule can see, and those this file imports (facts of comparisons, of last year…)
            java.util.Set<String> names = new java.util.LinkedHashSet<>(FACT_TYPES.stream().map(Class::getSimpleName).toList());
            Matcher imports = IMPORT.matcher(text == null ? "" : text);
            while (imports.find()) names.add(imports.group(1));
            List<String> types = List.copyOf(names);
            Optional<Class<?>> known = java.util.stream.Stream.concat(FACT_TYPES.stream(), IMPORTABLE.stream())
                    .filter(c -> c.getSimpleName().equals(name)).findFirst()
                    .or(() -> Optional.ofNullable(load("cn.zwgk.audit.model." + name)))
                    .or(() -> Optional.ofNullable(load("cn.zwgk.audit.format." + name)));
            String hint = known.map(c -> "在文件开头的 import 中加上：import " + c.getName() + ";")
                    .orElse(closest(name, types) + "可用的事实类型：" + String.join("、", types)
                            + "（须在文件开头 import，见 rules/README.md）");
            return Optional.of(new ConfigProblem(where, line, "未知的事实类型“" + name + "”", hint));
        }
        if (raw.contains("Unable to resolve parent rule")) {
            return Optional.of(new ConfigProblem(where, line, "extends 后面的规则找不到",
                    "被继承的规则（如“可以审查的报告”）须一字不差，且与本规则在同一个 package 中"));
        }
        if (raw.contains("Rule Compilation error")) return consequence(where, lines, line, raw, all);
        m = PARSER.matcher(raw);
        if (m.find()) {
            int at = Integer.parseInt(m.group(1));
            return Optional.of(new ConfigProblem(where, at > 0 ? at : line, "语法错误：" + parserWords(m.group(3)),
                    "检查这一行及上一行：括号和引号是否成对，条件之间是否用逗号分隔，rule/when/then/end 是否齐全"));
        }
        return Optional.of(new ConfigProblem(where, line, "规则无法编译：" + raw,
                "对照 rules/README.md 的写法检查这一行；改不好时可先把这条规则整条注释掉（每行前加 //）"));
    }

    /** Errors in a {@code then} block: Drools compiles it as Java and reports at the rule's first line. */
    private static Optional<ConfigProblem> consequence(String where, String[] lines, int ruleLine, String raw,
                                                      List<String> all) {
        Matcher m = MISSING_TOKEN.matcher(raw);
        if (m.find()) {
            String token = m.group(1);
            int at = statementWithout(lines, ruleLine);
            String what = token.equals(";") ? "分号“;”" : "“" + token + "”";
            return Optional.of(new ConfigProblem(where, at, "这一行的语句末尾缺少" + what,
                    "then 中每条语句以 ; 结束，例如 emit.rule(\"代码\").at($c).add();"));
        }
        m = METHOD.matcher(raw);
        if (m.find()) {
            String method = m.group(1);
            String type = m.group(3);
            int at = lineInRule(lines, ruleLine, method);
            Class<?> c = type.endsWith("Draft") ? Emit.Draft.class : type.endsWith("Emit") ? Emit.class : null;
            List<String> methods = c == null ? List.of() : methods(c);
            String owner = c == Emit.Draft.class ? "emit.rule(…) 之后" : c == Emit.class ? "emit " : type + " ";
            return Optional.of(new ConfigProblem(where, at, owner + "没有 ." + method + "(…)",
                    closest(method, methods) + (methods.isEmpty() ? "" : "可用的有：" + String.join("、", methods))
                            + "（见 rules/README.md“规则怎么写”）"));
        }
        m = NOT_RESOLVED.matcher(raw);
        if (m.find()) {
            String symbol = m.group(1);
            // a pattern of an unknown type binds nothing: its variables are unresolved too; say the cause only
            if (symbol.startsWith("$") && all.stream().anyMatch(x -> OBJECT_TYPE.matcher(x).find())) {
                return Optional.empty();
            }
            int at = lineInRule(lines, ruleLine, symbol);
            return Optional.of(new ConfigProblem(where, at, "“" + symbol + "”未定义",
                    symbol.startsWith("$") ? "变量须先在 when 中绑定，例如 " + symbol + " : Cell(…)；检查拼写"
                            : "检查拼写；类型须在文件开头 import，常量写作 CellState.NUMBER 这样的形式"));
        }
        String detail = raw.replaceFirst(".*?Rule Compilation error\\s*", "");
        return Optional.of(new ConfigProblem(where, ruleLine, "then 部分无法编译：" + detail,
                "then 中只写 emit.rule(\"代码\")….add(); 这样的语句（见 rules/README.md）"));
    }

    /** The line of the rule's then-block statement that ends without {@code ;}. */
    private static int statementWithout(String[] lines, int ruleLine) {
        int start = Math.max(ruleLine - 1, 0);
        boolean inThen = false;
        for (int i = start; i < lines.length; i++) {
            String code = code(lines[i]).strip();
            if (code.equals("then")) {
                inThen = true;
                continue;
            }
            if (!inThen || code.isEmpty()) continue;
            if (code.equals("end")) break;
            if (code.endsWith(";") || code.endsWith("{") || code.endsWith("}")) continue;
            String next = "";
            for (int j = i + 1; j < lines.length && next.isEmpty(); j++) next = code(lines[j]).strip();
            boolean continues = code.endsWith(",") || code.endsWith("(") || code.endsWith("+") || code.endsWith(".")
                    || code.endsWith("&&") || code.endsWith("||") || code.endsWith("=");
            boolean nextContinues = next.startsWith(".") || next.startsWith("+") || next.startsWith(")")
                    || next.startsWith("&&") || next.startsWith("||") || next.startsWith("?") || next.startsWith(":");
            if (!continues && !nextContinues) return i + 1;
        }
        return ruleLine;
    }

    /** The first line of the rule at {@code ruleLine} that names {@code symbol}, else the rule's line. */
    private static int lineInRule(String[] lines, int ruleLine, String symbol) {
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(symbol) + "(?!\\w)");
        for (int i = Math.max(ruleLine - 1, 0); i < lines.length; i++) {
            if (i > ruleLine - 1 && code(lines[i]).strip().equals("end")) break;
            if (word.matcher(code(lines[i])).find()) return i + 1;
        }
        return ruleLine;
    }

    private static int lineOf(String[] lines, String text, int fallback) {
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(text)) return i + 1;
        return fallback;
    }

    private static String parserWords(String drools) {
        Matcher m = Pattern.compile("mismatched input '([^']*)'(?: expecting (\\S+))?").matcher(drools);
        if (m.find()) {
            String found = m.group(1).equals("<EOF>") || m.group(1).equals("<eof>") ? "文件结尾" : "“" + m.group(1) + "”";
            return "此处不应出现" + found + (m.group(2) != null ? "，应为 " + m.group(2) : "");
        }
        m = Pattern.compile("no viable alternative at input '([^']*)'").matcher(drools);
        if (m.find()) return "无法理解“" + m.group(1) + "”";
        m = Pattern.compile("missing (\\S+) at '([^']*)'").matcher(drools);
        if (m.find()) return "“" + m.group(2) + "”之前缺少 " + m.group(1);
        return drools;
    }

    /** The fields a rule can compare on a fact: a record's components. */
    static List<String> fields(Class<?> type) {
        RecordComponent[] rc = type.getRecordComponents();
        if (rc != null) return Arrays.stream(rc).map(RecordComponent::getName).toList();
        List<String> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && m.getName().matches("(get|is)[A-Z]\\w*") && m.getDeclaringClass() != Object.class) {
                String n = m.getName().replaceFirst("^(get|is)", "");
                out.add(Character.toLowerCase(n.charAt(0)) + n.substring(1));
            }
        }
        return out.stream().sorted().toList();
    }

    private static List<String> constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
    }

    private static List<String> methods(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) names.add(m.getName());
        }
        return List.copyOf(names);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DrlErrors.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** "是不是 X？" for the nearest of {@code options} when it is close (a typo), else "". */
    static String closest(String typed, List<String> options) {
        Map<String, Integer> d = new LinkedHashMap<>();
        for (String o : options) d.put(o, distance(typed.toLowerCase(), o.toLowerCase()));
        return d.entrySet().stream().min(Comparator.comparingInt(Map.Entry::getValue))
                .filter(e -> e.getValue() <= Math.max(1, typed.length() / 3))
                .map(e -> "是不是 " + e.getKey() + "？").orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The line without a trailing {@code //} comment (outside string literals). */
    static String code(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) quoted = !quoted;
            if (!quoted && c == '/' && line.charAt(i + 1) == '/') return line.substring(0, i);
        }
        return line;
    }
}
