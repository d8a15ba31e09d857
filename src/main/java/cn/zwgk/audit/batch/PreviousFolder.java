package cn.zwgk.audit.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files of {@code check --previous DIR}: last year's reports in any input format, or the output folder of last
 * year's run (recognised by its summary.json), whose reports are then read again from the paths it lists.
 */
public final class PreviousFolder {

    private PreviousFolder() {}

    /** @param skipped told, in a Chinese sentence, about each folder or listed file that could not be used */
    public static List<Path> files(Path dir, Path outDir, Consumer<String> skipped) throws IOException {
        Path summary = dir.resolve("summary.json");
        if (Files.isDirectory(dir) && Files.isRegularFile(summary)) return fromRun(dir, summary, skipped);
        return InputFiles.collect(List.of(dir), outDir, skipped);
    }

    private static List<Path> fromRun(Path dir, Path summary, Consumer<String> skipped) throws IOException {
        JsonNode reports;
        try {
            reports = new ObjectMapper().readTree(summary.toFile()).path("reports");
        } catch (IOException e) {
            throw new IOException("无法读取上次审查的汇总 " + summary + "：" + e.getMessage(), e);
        }
        Set<Path> files = new LinkedHashSet<>();
        for (JsonNode r : reports) {
            String file = r.path("file").asText(null);
            if (file == null) continue;
            Path p = Path.of(file);
            // paths are as that run was given them: relative to where it ran, which was usually beside its output
            List<Path> tries = new ArrayList<>(List.of(p));
            if (!p.isAbsolute() && dir.toAbsolutePath().getParent() != null) {
                tries.add(dir.toAbsolutePath().getParent().resolve(p));
            }
            Path found = tries.stream().filter(Files::isRegularFile).findFirst().orElse(null);
            if (found != null) files.add(found);
            else skipped.accept("上次审查汇总中列出的报告文件已找不到：" + file);
        }
        return List.copyOf(files);
    }
}
