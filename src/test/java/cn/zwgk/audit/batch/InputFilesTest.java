package cn.zwgk.audit.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputFilesTest {

    @Test
    void walksFoldersSkippingHiddenFilesAndTheOutputFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve("reports-out"));
        for (String f : new String[]{"a/1.txt", "a/b/2.txt", ".git/x", "a/.DS_Store", "reports-out/r.pdf", "3.txt"}) {
            Files.writeString(dir.resolve(f), "x");
        }
        List<Path> files = InputFiles.collect(List.of(dir, dir.resolve("3.txt")), dir.resolve("reports-out"));
        assertEquals(List.of(dir.resolve("3.txt"), dir.resolve("a/1.txt"), dir.resolve("a/b/2.txt")), files,
                "sorted, each once");
    }

    @Test
    void missingPathIsNamed(@TempDir Path dir) {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> InputFiles.collect(List.of(dir.resolve("nope")), dir.resolve("out")));
        assertEquals(dir.resolve("nope").toString(), e.getFile());
    }
}
