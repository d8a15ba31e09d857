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

    /**
     * B07b: a sub-folder without read permission is skipped with a message; the rest is audited, and the run exits 1
     * (reports in that folder were not audited, so it is no clean pass).
     */
    @Test
    void anUnreadableSubFolderIsSkippedWithAMessage(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.SEEDS.resolve("000_5e8b3a9a41b72c94.txt"), in.resolve("seed.txt"));
        Path locked = Files.createDirectories(in.resolve("lockeddir"));
        Files.writeString(locked.resolve("inner.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path out = dir.resolve("out");
        String[] args = {"check", in.toString(), "--out", out.toString(), "--no-pdf",
                "--rules", Fixtures.RULES.toString(), "--templates", Fixtures.TEMPLATES.toString()};
        try {
            // root reads everything: then run the command in a process without the override capabilities
            FolderProbe.Run run = Files.isReadable(locked) ? probeWithoutDacOverride(args) : FolderProbe.inProcess(args);
            assertEquals(1, run.code(), run.output());
            assertTrue(run.output().contains("已跳过无法读取的文件夹") && run.output().contains("lockeddir")
                    && run.output().contains("没有读取权限"), run.output());
            assertTrue(Files.exists(out.resolve("seed.json")), run.output());
            assertFalse(Files.exists(out.resolve("lockeddir__inner.json")));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static FolderProbe.Run probeWithoutDacOverride(String... args) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv is needed to drop root's override");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/setpriv", "--inh-caps=-dac_override,-dac_read_search",
                "--bounding-set=-dac_override,-dac_read_search", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FolderProbe.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new FolderProbe.Run(p.waitFor(), text);
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
        // --no-pdf: no PDF at all (no letter PDF, no summary.pdf, no 通报.pdf)
        assertEquals(List.of("a.docx", "a.json", "findings.xlsx", "notes.txt", "summary.csv", "summary.json",
                "通报.docx"), names(out));
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
