package cn.zwgk.audit.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an office-edited YAML file into a record, turning every mistake into a {@code file:line: message}. */
public final class YamlFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private YamlFiles() {}

    public static <T> T read(Path file, Class<T> type) throws ConfigException {
        try {
            T value = YAML.readValue(Files.readString(file), type);
            if (value == null) throw new ConfigException(new ConfigProblem(file.toString(), 0, "文件为空"));
            return value;
        } catch (NoSuchFileException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "文件不存在"));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            throw new ConfigException(new ConfigProblem(file.toString(), line, e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "无法读取：" + e.getMessage()));
        }
    }
}
