package cn.zwgk.audit.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Reads an office-edited YAML file into a record, turning every mistake into a {@code file:line: message}. */
public final class YamlFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a key written twice would silently lose the first: say so
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private YamlFiles() {}

    public static <T> T read(Path file, Class<T> type) throws ConfigException {
        String text = null;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            T value = YAML.readValue(text, type);
            if (value == null) throw new ConfigException(new ConfigProblem(file.toString(), 0, "文件为空"));
            return value;
        } catch (NoSuchFileException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "文件不存在"));
        } catch (UnrecognizedPropertyException e) {
            // records are built after their whole mapping is read, so Jackson's location is the mapping's end
            int line = keyLineAtOrBefore(text, e.getPropertyName(), lineOf(e));
            throw new ConfigException(new ConfigProblem(file.toString(), line, "未知的字段“" + e.getPropertyName()
                    + "”，可用的字段：" + e.getKnownPropertyIds()));
        } catch (MismatchedInputException e) {
            throw new ConfigException(mismatch(file, text, e));
        } catch (JacksonYAMLParseException e) {
            throw new ConfigException(syntax(file, text, e));
        } catch (JsonParseException e) {
            String m = e.getOriginalMessage();
            java.util.regex.Matcher d = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'").matcher(m);
            if (d.find()) {
                throw new ConfigException(new ConfigProblem(file.toString(), lineOf(e), "“" + d.group(1) + "”重复出现",
                        "同一层的键只能写一次（后写的会覆盖先写的）：删去或合并其中一个"));
            }
            throw new ConfigException(new ConfigProblem(file.toString(), lineOf(e), "YAML 格式错误：" + m, SYNTAX_HINT));
        } catch (JsonProcessingException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), lineOf(e), "无法读取：" + e.getOriginalMessage(),
                    SYNTAX_HINT));
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "无法读取：" + e.getMessage()));
        }
    }

    private static final String SYNTAX_HINT = "检查缩进（只用空格，同一层对齐）、冒号后的空格和引号是否成对";

    /** A value of the wrong kind: says where (the keys and item numbers), what belongs there and what is written. */
    private static ConfigProblem mismatch(Path file, String text, MismatchedInputException e) {
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) where.append(where.isEmpty() ? "" : " → ").append(r.getFieldName());
            else if (r.getIndex() >= 0) where.append(" 第").append(r.getIndex() + 1).append("项");
        }
        Class<?> type = e.getTargetType();
        String wanted = kind(type);
        String found = "";
        java.util.regex.Matcher v = Pattern.compile("(?:from String value|from String) \\(?'?\"?([^'\")]*)").matcher(
                e.getOriginalMessage());
        if (e.getOriginalMessage().contains("from String") || e.getOriginalMessage().contains("VALUE_STRING")) {
            found = v.find() && !v.group(1).isBlank() && !v.group(1).startsWith("token") ? "文字“" + v.group(1).strip() + "”" : "一段文字";
        } else if (e.getOriginalMessage().contains("START_ARRAY") || e.getOriginalMessage().contains("from Array")) {
            found = "列表";
        } else if (e.getOriginalMessage().contains("START_OBJECT") || e.getOriginalMessage().contains("from Object")) {
            found = "映射（键: 值）";
        }
        String hint = null;
        if (type != null && type.isRecord()) {
            hint = "应写成（各占一行，缩进对齐）：" + String.join("、", java.util.Arrays.stream(type.getRecordComponents())
                    .map(c -> c.getName() + ": …").toList());
        } else if (type != null && java.util.Collection.class.isAssignableFrom(type)) {
            hint = "列表写作 [甲, 乙] 或每项一行“- 甲”";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            hint = "写阿拉伯数字，例如 40";
        } else if (type == boolean.class || type == Boolean.class) {
            hint = "写 true 或 false";
        }
        String at = where.isEmpty() ? "这里" : where.toString().strip();
        return new ConfigProblem(file.toString(), lineOf(e), at + (where.isEmpty() ? "" : " ") + "应为" + wanted + (found.isEmpty() ? "" : "，这里写的是" + found),
                hint);
    }

    private static String kind(Class<?> type) {
        if (type == null) return "另一种写法";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return "整数";
        if (type == double.class || type == Double.class) return "数字";
        if (type == boolean.class || type == Boolean.class) return "true 或 false";
        if (type == String.class) return "一段文字";
        if (java.util.Collection.class.isAssignableFrom(type)) return "列表";
        return "映射（键: 值，每项一行）";
    }

    /** A YAML syntax error in Chinese; an unclosed quote is blamed on the line that opens it. */
    private static ConfigProblem syntax(Path file, String text, JacksonYAMLParseException e) {
        int line = lineOf(e);
        String problem = e.getOriginalMessage();
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y) {
            problem = String.valueOf(y.getProblem());
            if (y.getProblemMark() != null) line = y.getProblemMark().getLine() + 1;
        }
        int quote = unclosedQuote(text, line);
        if (quote > 0) {
            return new ConfigProblem(file.toString(), quote, "引号不成对", "这一行的引号没有闭合：在值的末尾补上引号");
        }
        if (problem.contains("\t") || problem.contains("TAB")) {
            return new ConfigProblem(file.toString(), line, "这一行用了 Tab 缩进", "YAML 只能用空格缩进：把 Tab 换成空格");
        }
        if (problem.contains("mapping values are not allowed")) {
            return new ConfigProblem(file.toString(), line, "这一行多了一个冒号“:”",
                    "值中含有“: ”时，给整个值加上引号，例如 message: \"说明：…\"");
        }
        if (problem.contains("could not find expected ':'")) {
            return new ConfigProblem(file.toString(), line, "这一行缺少冒号“:”", "每个键后写“: ”再写值，例如 severity: error");
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected")) {
            return new ConfigProblem(file.toString(), line, "缩进不一致", "同一层的键须左对齐；列表项以“- ”开头并对齐");
        }
        return new ConfigProblem(file.toString(), line, "YAML 格式错误（" + problem + "）", SYNTAX_HINT);
    }

    /** The last line at or before {@code line} with an odd number of unescaped double (or single) quotes, else 0. */
    private static int unclosedQuote(String text, int line) {
        if (text == null) return 0;
        String[] lines = text.split("\\R", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            String l = lines[i].strip();
            if (l.startsWith("#")) continue;
            int doubles = 0;
            for (int k = 0; k < l.length(); k++) {
                if (l.charAt(k) == '"' && (k == 0 || l.charAt(k - 1) != '\\')) doubles++;
            }
            if (doubles % 2 == 1) return i + 1;
            if (l.matches("^(-\\s+)?[^'\"]*:\\s*'.*") && !l.matches(".*'\\s*(#.*)?$")) return i + 1;
        }
        return 0;
    }

    private static int lineOf(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? 0 : Math.max(at.getLineNr(), 0);
    }

    /** The last line at or before {@code line} where {@code key:} is written; {@code line} when there is none. */
    private static int keyLineAtOrBefore(String text, String key, int line) {
        String[] lines = text.split("\\R", -1);
        Pattern p = Pattern.compile("^\\s*(-\\s+)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        for (int i = Math.min(line > 0 ? line : lines.length, lines.length) - 1; i >= 0; i--) {
            if (p.matcher(lines[i]).find()) return i + 1;
        }
        return line;
    }
}
