package cn.zwgk.audit.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lines of an office-edited YAML file, to point a problem found after parsing at its {@code file:line}. */
public record ConfigLines(Path file, List<String> lines) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    public ConfigLines {
        lines = List.copyOf(lines);
    }

    public static ConfigLines read(Path file) throws ConfigException {
        try {
            return new ConfigLines(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "无法读取：" + e.getMessage()));
        }
    }

    /** The line where a top-level key is defined (plain or quoted), 0 when not found. */
    public int lineOf(String key) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":") || l.startsWith("'" + key + "':")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Every {@code ${name}} outside comment lines whose name is not in {@code known}: a typo would otherwise print
     * literally in every document. {@code message} words the problem for a name.
     */
    public List<ConfigProblem> unknownPlaceholders(Collection<String> known, Function<String, String> message) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.stripLeading().startsWith("#")) continue;
            Matcher m = PLACEHOLDER.matcher(line);
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    problems.add(new ConfigProblem(file.toString(), i + 1, message.apply(m.group(1))));
                }
            }
        }
        return problems;
    }
}
