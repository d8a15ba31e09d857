package cn.zwgk.audit.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
        } catch (JsonProcessingException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), lineOf(e), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "无法读取：" + e.getMessage()));
        }
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
