package cn.zwgk.audit.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run stopped by SIGTERM (Ctrl-C's SIGINT runs the same exit) while its threads write leaves no temporary file. One
 * made as the exit's clean-up ran was left behind before: in 3 of 16 stops of the fuzz harness's C03/C04, and at the
 * first round here in each of three runs.
 */
class StoppedWritesTest {

    /** Four threads writing small files through {@link AtomicFiles} until the process is stopped. */
    public static final class Writers {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            for (int t = 0; t < 4; t++) {
                int thread = t;
                Thread w = new Thread(() -> {
                    for (long i = 0; ; i++) {
                        try {
                            AtomicFiles.write(dir.resolve(thread + "-" + (i % 50) + ".json"), new byte[2000]);
                        } catch (Exception e) {
                            // stopping
                        }
                    }
                });
                w.setDaemon(true);
                w.start();
            }
            Thread.sleep(300);
            System.out.println("writing");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    @Test
    void aStoppedRunLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        for (int round = 0; round < 8; round++) {
            Path out = Files.createDirectories(dir.resolve("out" + round));
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Writers.class.getName(), out.toString())
                    .redirectErrorStream(true).start();
            try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("writing", in.readLine());
                p.destroy();   // SIGTERM
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            try (Stream<Path> files = Files.list(out)) {
                List<String> temporary = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
                assertEquals(List.of(), temporary, "round " + round);
            }
        }
    }
}
