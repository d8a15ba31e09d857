package cn.zwgk.audit.engine;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigLines;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.YamlFiles;
import cn.zwgk.audit.model.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The office's list of finding codes ({@code rules/codes.yaml}): for each code its Chinese name, its severity and
 * whether it is on. The one place a severity is set: the rules name only the code, and this file decides how grave a
 * finding is. A {@code CODE.variant} entry (the variant of messages.yaml) may give one wording its own severity.
 */
public final class Codes {

    static final String FILE = "codes.yaml";

    /** One entry of codes.yaml; a variant's name and enabled fall back to its code's. */
    public record Entry(String name, String severity, Boolean enabled) {}

    /** The file's shape: code → entry. */
    public static final class EntryFile extends LinkedHashMap<String, Entry> {}

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[^.\\s]+)?");

    private final Path file;
    private final Map<String, Entry> entries;
    private final ConfigLines lines;

    /** Every id in the file's order (looked up once: the lists below are asked for per rule test file and code). */
    private final List<String> ordered;

    private Codes(Path file, Map<String, Entry> entries, ConfigLines lines) {
        this.file = file;
        this.entries = Map.copyOf(entries);
        this.lines = lines;
        Map<String, Integer> at = new HashMap<>();
        for (String id : entries.keySet()) at.put(id, lines.lineOf(id));
        this.ordered = entries.keySet().stream().sorted(Comparator.comparingInt(at::get)).toList();
    }

    /** Reads and checks codes.yaml: every code has a name and a valid severity. */
    public static Codes load(Path file) throws ConfigException {
        EntryFile parsed = YamlFiles.read(file, EntryFile.class);
        ConfigLines lines = ConfigLines.read(file);
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        parsed.forEach((id, e) -> {
            String at = file.toString();
            int line = lines.lineOf(id);
            if (!ID.matcher(id).matches()) {
                problems.add(new ConfigProblem(at, line, "代码“" + id + "”写法不对",
                        "发现代码由大写字母、数字和下划线组成（如 T3_BALANCE），变体写作“代码.变体”"));
                return;
            }
            boolean variant = id.contains(".");
            if (e == null) {
                problems.add(new ConfigProblem(at, line, id + " 下面没有内容", "写明 name（中文名称）和 severity（error、warning 或 info）"));
                return;
            }
            if (!variant && (e.name() == null || e.name().isBlank())) {
                problems.add(new ConfigProblem(at, line, id + " 缺少 name（中文名称）", "例如  name: 正文数字与表格不一致"));
            }
            if (!variant && (e.severity() == null || e.severity().isBlank())) {
                problems.add(new ConfigProblem(at, line, id + " 缺少 severity（严重程度）", "写 error（错误）、warning（警告）或 info（提示）"));
            } else if (e.severity() != null && !valid(e.severity())) {
                problems.add(new ConfigProblem(at, lineAfter(lines, line, "severity"),
                        id + " 的严重程度“" + e.severity() + "”无效", "应为 error（错误）、warning（警告）或 info（提示）"));
            }
            if (variant && !parsed.containsKey(id.substring(0, id.indexOf('.')))) {
                problems.add(new ConfigProblem(at, line, "变体 " + id + " 的代码 " + id.substring(0, id.indexOf('.'))
                        + " 没有条目", "先为代码本身写一个条目（name、severity）"));
            }
            entries.put(id, e);
        });
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new Codes(file, entries, lines);
    }

    private static boolean valid(String severity) {
        try {
            Severity.of(severity);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int lineAfter(ConfigLines lines, int from, String key) {
        for (int i = Math.max(from, 1); i < lines.lines().size(); i++) {
            String l = lines.lines().get(i).strip();
            if (l.startsWith(key + ":")) return i + 1;
            if (!lines.lines().get(i).startsWith(" ") && !l.isEmpty() && !l.startsWith("#")) break;
        }
        return from;
    }

    public boolean has(String code) {
        return entries.containsKey(code);
    }

    /** The Chinese name of {@code code} (or of a {@code CODE.variant}'s code); the code itself when it has none. */
    public String name(String code) {
        Entry e = entries.get(base(code));
        return e == null || e.name() == null ? code : e.name();
    }

    /** The severity of a template id: the variant's own if it sets one, else its code's; null for an unknown code. */
    public Severity severity(String templateId) {
        Entry v = entries.get(templateId);
        if (v != null && v.severity() != null) return Severity.of(v.severity());
        Entry e = entries.get(base(templateId));
        return e == null || e.severity() == null ? null : Severity.of(e.severity());
    }

    /** Whether findings of this template id are produced ({@code enabled: false} on the variant or its code). */
    public boolean enabled(String templateId) {
        Entry v = entries.get(templateId);
        if (v != null && v.enabled() != null) return v.enabled();
        Entry e = entries.get(base(templateId));
        return e == null || e.enabled() == null || e.enabled();
    }

    /** The codes (without variants), in the file's order. */
    public List<String> codes() {
        return lines.lines().isEmpty() ? List.of() : ordered.stream().filter(id -> !id.contains(".")).toList();
    }

    /** The variants codes.yaml gives a severity or switch of their own ({@code CODE.variant}), in the file's order. */
    public List<String> variants(String code) {
        return ordered.stream().filter(id -> id.startsWith(code + ".")).toList();
    }

    /** Every id of the file, variants included. */
    List<String> ids() {
        return List.copyOf(entries.keySet());
    }

    /** The line of {@code id} in codes.yaml, 0 when it has none. */
    int lineOf(String id) {
        return lines.lineOf(id);
    }

    Path file() {
        return file;
    }

    private static String base(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
