package cn.zwgk.audit.render;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigLines;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.YamlFiles;
import org.apache.commons.text.StringSubstitutor;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The office's templates folder: {@code report.yaml}, {@code summary.yaml} and {@code notice.yaml}, checked when loaded so that a typo
 * stops the run with {@code file:line: message} before any report is audited.
 */
public record Templates(ReportTemplate report, SummaryTemplate summary, NoticeTemplate notice) {

    public static Templates load(Path dir) throws ConfigException {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(new ConfigProblem(dir.toString(), 0,
                    "模板目录不存在（用 --templates DIR 指定）"));
        }
        List<ConfigProblem> problems = new ArrayList<>();
        ReportTemplate report = read(dir.resolve(ReportTemplate.FILE), ReportTemplate.class,
                ReportTemplate.PLACEHOLDERS, ReportTemplate.REQUIRED_KEYS, problems);
        SummaryTemplate summary = read(dir.resolve(SummaryTemplate.FILE), SummaryTemplate.class,
                SummaryTemplate.PLACEHOLDERS, SummaryTemplate.REQUIRED_KEYS, problems);
        NoticeTemplate notice = read(dir.resolve(NoticeTemplate.FILE), NoticeTemplate.class,
                NoticeTemplate.PLACEHOLDERS, NoticeTemplate.REQUIRED_KEYS, problems);
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new Templates(report, summary, notice);
    }

    /** Replaces {@code ${name}} by the values given; values are inserted literally. */
    public static String fill(String template, Map<String, ?> values) {
        if (template == null) return "";
        StringSubstitutor s = new StringSubstitutor(values);
        s.setDisableSubstitutionInValues(true);
        return s.replace(template);
    }

    private static <T extends Record> T read(Path file, Class<T> type, List<String> placeholders,
                                             Map<String, List<String>> requiredKeys, List<ConfigProblem> problems) {
        T value;
        try {
            value = YamlFiles.read(file, type);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return null;
        }
        ConfigLines lines;
        try {
            lines = ConfigLines.read(file);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return null;
        }
        int before = problems.size();
        for (RecordComponent c : type.getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v == null) {
                problems.add(new ConfigProblem(file.toString(), 0, "缺少 " + c.getName()));
            } else if (v instanceof Map<?, ?> map) {
                for (String key : requiredKeys.getOrDefault(c.getName(), List.of())) {
                    if (map.get(key) == null) {
                        problems.add(new ConfigProblem(file.toString(), lines.lineOf(c.getName()),
                                "缺少 " + c.getName() + "." + key));
                    }
                }
            }
        }
        problems.addAll(lines.unknownPlaceholders(placeholders,
                name -> "未知的占位符 ${" + name + "}，可用：" + String.join("、", placeholders)));
        return problems.size() == before ? value : null;
    }

}
