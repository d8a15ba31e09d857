package cn.zwgk.audit.engine;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigLines;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.YamlFiles;
import org.apache.commons.text.StringSubstitutor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The office's wording of every finding ({@code rules/messages.yaml}): for each template id (a finding code, or
 * {@code CODE.variant} for a rule that needs a different sentence) a message, an advice and a legal basis, with
 * {@code ${…}} placeholders filled from the finding.
 */
public final class Messages {

    /** One entry of messages.yaml. */
    public record Template(String message, String advice, String basis) {}

    /** The file's shape: template id → template. */
    public static final class TemplateFile extends LinkedHashMap<String, Template> {}

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[^.\\s]+)?");

    private final Path file;
    private final Map<String, Template> templates;

    private Messages(Path file, Map<String, Template> templates) {
        this.file = file;
        this.templates = Map.copyOf(templates);
    }

    public static Messages load(Path file) throws ConfigException {
        TemplateFile parsed = YamlFiles.read(file, TemplateFile.class);
        ConfigLines lines = ConfigLines.read(file);
        List<ConfigProblem> problems = new ArrayList<>();
        parsed.forEach((id, t) -> {
            int line = lines.lineOf(id);
            if (!ID.matcher(id).matches()) {
                problems.add(new ConfigProblem(file.toString(), line,
                        "模板名“" + id + "”应为发现代码（大写字母、数字、下划线），或“代码.变体”"));
            } else if (t == null || t.message() == null || t.message().isBlank()) {
                problems.add(new ConfigProblem(file.toString(), line, id + " 缺少 message"));
            } else if (!id.contains(".") && (t.basis() == null || t.basis().isBlank())) {
                problems.add(new ConfigProblem(file.toString(), line, id + " 缺少 basis（法律依据）"));
            }
        });
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new Messages(file, parsed);
    }

    public boolean has(String id) {
        return templates.containsKey(id);
    }

    /**
     * Placeholders the templates use that are not in {@code known}: a typo such as {@code ${colum}} would otherwise
     * print literally in every finding.
     */
    List<ConfigProblem> unknownPlaceholders(java.util.Set<String> known) throws ConfigException {
        return ConfigLines.read(file).unknownPlaceholders(known,
                name -> "未知的占位符 ${" + name + "}（规则没有提供这个值）");
    }

    /** The finding codes the file knows (template ids without a variant). */
    public List<String> codes() {
        return templates.keySet().stream().filter(id -> !id.contains(".")).sorted().toList();
    }

    /** The template for {@code id}; a variant falls back to its code's advice and basis where it leaves them out. */
    Template template(String id) {
        Template t = templates.get(id);
        int dot = id.indexOf('.');
        if (dot < 0) return t;
        Template base = templates.get(id.substring(0, dot));
        if (t == null) return base;
        if (base == null) return t;
        return new Template(t.message(), t.advice() != null ? t.advice() : base.advice(),
                t.basis() != null ? t.basis() : base.basis());
    }

    static String render(String template, Map<String, Object> vars) {
        if (template == null) return null;
        // a report's text is data: "${evidence}" quoted from a narrative is printed, never substituted again
        StringSubstitutor s = new StringSubstitutor(vars);
        s.setDisableSubstitutionInValues(true);
        return s.replace(template).strip();
    }


}
