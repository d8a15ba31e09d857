package cn.zwgk.audit.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a batch audits: every regular file named, and every regular file under every folder named, recursively.
 * Hidden files and folders (names starting with '.') and the output folder are skipped, so a second run over the same
 * folder does not audit its own PDFs.
 */
public final class InputFiles {

    private InputFiles() {}

    /** @throws NoSuchFileException naming the first path that does not exist */
    public static List<Path> collect(List<Path> paths, Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new NoSuchFileException(p.toString());
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(p)) {
                    found = walk.filter(f -> Files.isRegularFile(f) && !skipped(p, f, out)).sorted().toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                for (Path f : found) {
                    if (seen.add(f.toAbsolutePath().normalize())) files.add(f);
                }
            } else if (seen.add(p.toAbsolutePath().normalize())) {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean skipped(Path root, Path file, Path out) {
        if (file.toAbsolutePath().normalize().startsWith(out)) return true;
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
