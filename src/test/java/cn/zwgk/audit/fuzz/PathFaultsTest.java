package cn.zwgk.audit.fuzz;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.batch.AtomicFiles;
import cn.zwgk.audit.batch.Batch;
import cn.zwgk.audit.batch.InputFiles;
import cn.zwgk.audit.batch.OutputFullException;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.Samples;
import cn.zwgk.audit.render.Outputs;
import cn.zwgk.audit.render.Templates;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Harness groups B and C: locked folders, killed runs and full disks. */
class PathFaultsTest {

    /** B07b: a sub-folder without read permission is skipped with a message; the rest is audited. */
    @Test
    void anUnreadableSubFolderIsSkippedWithAMessage(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("seed.txt"), "x");
        Path locked = Files.createDirectories(in.resolve("lockeddir"));
        Files.writeString(locked.resolve("inner.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            List<String> out;
            if (Files.isReadable(locked)) {
                // root reads everything: run the listing in a process without the override capabilities
                out = probeWithoutDacOverride(dir, in);
            } else {
                List<String> lines = new ArrayList<>();
                for (Path f : InputFiles.collect(List.of(in), dir.resolve("out"), s -> lines.add("SKIPPED " + s))) {
                    lines.add("FILE " + f.getFileName());
                }
                out = lines;
            }
            assertTrue(out.contains("FILE seed.txt"), out.toString());
            assertTrue(out.stream().anyMatch(l -> l.startsWith("SKIPPED ") && l.contains("lockeddir")
                    && l.contains("没有读取权限")), out.toString());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<String> probeWithoutDacOverride(Path dir, Path in) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv is needed to drop root's override");
        Process p = new ProcessBuilder("/usr/bin/setpriv", "--inh-caps=-dac_override,-dac_read_search",
                "--bounding-set=-dac_override,-dac_read_search", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FolderProbe.class.getName(), in.toString(),
                dir.resolve("out").toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        return text.lines().toList();
    }

    /** C01: temporary files a killed run left in --out are removed by the next run. */
    @Test
    void leftoversOfAKilledRunAreCleanedOnTheNextRun(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "x");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(".a.pdf1234567890.tmp"), "%PDF-1.4 half");
        Files.writeString(out.resolve(".summary.json987.tmp"), "{");
        Files.writeString(out.resolve("notes.txt"), "the office's own file");
        batch(f -> Samples.audit(), false).run(InputFiles.collect(List.of(in), out), out, "v1", null);
        assertEquals(List.of("a.docx", "a.json", "findings.xlsx", "notes.txt", "summary.csv", "summary.json",
                "summary.pdf", "通报.docx", "通报.pdf"), names(out));
    }

    /**
     * C02: the output disk fills up: the run stops cleanly (an OutputFullException saying what was and was not
     * written), every file under a final name is whole, nothing temporary is left, and a rerun with space completes it.
     */
    @Test
    void aFullDiskStopsCleanlyAndARerunCompletes(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 40; i++) Files.writeString(in.resolve(String.format("r%02d.txt", i)), "x");
        Path out = Files.createDirectories(dir.resolve("out"));
        Assumptions.assumeTrue(mount(out, "size=1m"), "mounting a small tmpfs needs root");
        try {
            List<Path> files = InputFiles.collect(List.of(in), out);
            OutputFullException full = assertThrows(OutputFullException.class,
                    () -> batch(f -> Samples.audit(), true).run(files, out, "v1", null));
            assertFalse(full.notWritten().isEmpty());
            assertEquals(40, full.written().size() + full.notWritten().size());
            for (String name : names(out)) {
                assertFalse(name.endsWith(".tmp"), "no temporary file left: " + name);
                byte[] b = Files.readAllBytes(out.resolve(name));
                if (name.endsWith(".json")) new ObjectMapper().readTree(b);
                if (name.endsWith(".pdf")) assertTrue(new String(b, StandardCharsets.ISO_8859_1).contains("%%EOF"), name);
            }
            for (BatchSummary.Entry e : full.written()) {
                assertTrue(Files.exists(out.resolve(e.name() + ".json")) && Files.exists(out.resolve(e.name() + ".pdf")));
            }

            assertTrue(remount(out, "size=64m"));
            BatchSummary again = batch(f -> Samples.audit(), true).run(files, out, "v1", null);
            assertTrue(again.reports().stream().allMatch(e -> e.problem() == null));
            // per report JSON, PDF and DOCX; summary.json/csv/pdf, findings.xlsx, 通报.docx/pdf
            assertEquals(40 * 3 + 6, names(out).size());
        } finally {
            new ProcessBuilder("umount", out.toString()).start().waitFor();
        }
    }

    private static Batch batch(Function<Path, Audit> auditor, boolean pdf) throws Exception {
        Outputs outputs = Outputs.standard(Templates.load(Fixtures.TEMPLATES), Fixtures.tables(), Fixtures.codes());
        return new Batch(auditor, pdf ? outputs : outputs.without("pdf"), 2, LocalDate.of(2024, 3, 1));
    }

    private static boolean mount(Path at, String options) throws Exception {
        return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
    }

    private static boolean remount(Path at, String options) throws Exception {
        return run("mount", "-o", "remount," + options, at.toString());
    }

    private static boolean run(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
