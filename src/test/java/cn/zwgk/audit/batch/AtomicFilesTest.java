package cn.zwgk.audit.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFilesTest {

    @Test
    void failedWriteLeavesNeitherTargetNorTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r.pdf");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("interrupted");
        }));
        assertFalse(Files.exists(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void replacesWholeFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r.json");
        AtomicFiles.write(target, "old old old".getBytes());
        AtomicFiles.write(target, "new".getBytes());
        assertEquals("new", Files.readString(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }
}
