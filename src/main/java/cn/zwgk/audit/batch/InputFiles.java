package cn.zwgk.audit.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files a batch audits: every regular file named, and every regular file under every folder named, recursively.
 * Hidden files and folders (names starting with '.') and the output folder are skipped, so a second run over the same
 * folder does not audit its own PDFs.
 */
public final class InputFiles {

    private InputFiles() {}

    /** @throws NoSuchFileException naming the first path that does not exist */
    public static List<Path> collect(List<Path> paths, Path outDir) throws IOException {
        return collect(paths, outDir, skipped -> {});
    }

    /**
     * As {@link #collect(List, Path)}; a sub-folder that cannot be read is skipped and said to {@code skipped} (a
     * Chinese sentence), so one locked folder does not stop the audit of the others.
     *
     * @throws NoSuchFileException naming the first path that does not exist
     */
    public static List<Path> collect(List<Path> paths, Path outDir, Consumer<String> skipped) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new NoSuchFileException(p.toString());
            if (Files.isDirectory(p)) {
                for (Path f : walk(p, out, skipped)) {
                    if (seen.add(f.toAbsolutePath().normalize())) files.add(f);
                }
            } else if (seen.add(p.toAbsolutePath().normalize())) {
                files.add(p);
            }
        }
        return files;
    }

    private static List<Path> walk(Path root, Path out, Consumer<String> skipped) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (Files.isRegularFile(f) && !skipped(root, f, out)) found.add(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                // a file that cannot be opened is still audited (and reported unreadable); a folder is skipped
                if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS) || f.equals(root)) {
                    skipped.accept("已跳过无法读取的文件夹：" + f + "（" + reason(e) + "）");
                } else if (!skipped(root, f, out)) {
                    found.add(f);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "没有读取权限";
        if (e instanceof FileSystemLoopException) return "符号链接形成循环";
        return "无法打开";
    }

    private static boolean skipped(Path root, Path file, Path out) {
        if (file.toAbsolutePath().normalize().startsWith(out)) return true;
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
