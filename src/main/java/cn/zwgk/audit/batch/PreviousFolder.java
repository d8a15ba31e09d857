package cn.zwgk.audit.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files of {@code check --previous DIR}: last year's reports in any input format, or the output folder of last
 * year's run (recognised by its summary.json), whose reports are then read again from the paths it lists, each with
 * the agency name that run gave it (its roster's, when it had one).
 */
public final class PreviousFolder {

    /**
     * @param files  last year's report files
     * @param agency the agency name last year's run gave a file (its roster's, or the report's own), by file
     */
    public record Reports(List<Path> files, Map<Path, String> agency) {}

    private PreviousFolder() {}

    /** @param skipped told, in a Chinese sentence, about each folder or listed file that could not be used */
    public static Reports files(Path dir, Path outDir, Consumer<String> skipped) throws IOException {
        Path summary = dir.resolve("summary.json");
        if (Files.isDirectory(dir) && Files.isRegularFile(summary)) return fromRun(dir, summary, skipped);
        return new Reports(InputFiles.collect(List.of(dir), outDir, skipped), Map.of());
    }

    private static Reports fromRun(Path dir, Path summary, Consumer<String> skipped) throws IOException {
        JsonNode reports;
        try {
            reports = new ObjectMapper().readTree(summary.toFile()).path("reports");
        } catch (IOException e) {
            throw new IOException("无法读取上次审查的汇总 " + summary + "：" + e.getMessage(), e);
        }
        Set<Path> files = new LinkedHashSet<>();
        Map<Path, String> agency = new HashMap<>();
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
            if (found == null) {
                skipped.accept("上次审查汇总中列出的报告文件已找不到：" + file);
                continue;
            }
            files.add(found);
            String name = r.path("agency").asText(null);
            if (name != null && !name.isBlank()) agency.put(found, name);
        }
        return new Reports(List.copyOf(files), Map.copyOf(agency));
    }
}
