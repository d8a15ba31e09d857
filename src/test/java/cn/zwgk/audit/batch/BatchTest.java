package cn.zwgk.audit.batch;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.Samples;
import cn.zwgk.audit.render.Outputs;
import cn.zwgk.audit.render.Templates;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch with an auditor built by hand (the real pipeline is exercised in cli.CheckEndToEndTest). */
class BatchTest {

    @Test
    void writesEveryReportAndTheSummaryAndSurvivesAFailingReport(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        for (String f : new String[]{"a.txt", "sub/a.txt", "empty.txt", "boom.txt"}) Files.writeString(in.resolve(f), "x");
        Function<Path, Audit> auditor = f -> {
            if (f.endsWith("boom.txt")) throw new IllegalStateException("parser bug");
            if (f.endsWith("empty.txt")) return Samples.unreadable(f.toString());
            return Samples.audit();
        };
        Path out = dir.resolve("out");
        List<Path> files = InputFiles.collect(List.of(in), out);
        BatchSummary s = new Batch(auditor, Outputs.standard(Templates.load(Path.of("templates")), Fixtures.tables(), Fixtures.codes()), 2, LocalDate.of(2024, 3, 1))
                .run(files, out, "v1", null);

        assertEquals(4, s.reports().size());
        Set<String> written;
        try (Stream<Path> list = Files.list(out)) {
            written = list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        // an unreadable file gets its state (JSON) but no letter (PDF, DOCX)
        assertEquals(Set.of("a.json", "a.pdf", "a.docx", "sub__a.json", "sub__a.pdf", "sub__a.docx", "empty.json",
                "summary.json", "summary.csv", "summary.pdf", "findings.xlsx", "通报.docx", "通报.pdf"), written,
                "no temporary files left, no collisions");
        BatchSummary.Entry boom = s.reports().stream().filter(e -> e.file().endsWith("boom.txt")).findFirst().orElseThrow();
        assertEquals("fail", boom.verdict());
        assertTrue(boom.problem().contains("程序内部错误"), boom.problem());
        assertFalse(boom.problem().contains("IllegalStateException"), "no class name for the clerk");
        var summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(4, summary.get("total").asInt());
        assertEquals(0, summary.get("passed").asInt());
        assertTrue(Files.size(out.resolve("a.pdf")) > 10_000);
    }

    @Test
    void jsonOnlyBatchWritesNoPdfs(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "x");
        Path out = dir.resolve("out");
        new Batch(f -> Samples.audit(), Outputs.standard(Templates.load(Path.of("templates")), Fixtures.tables(), Fixtures.codes()).without("pdf"), 1, LocalDate.of(2024, 3, 1))
                .run(List.of(in.resolve("a.txt")), out, "v1", null);
        assertTrue(Files.exists(out.resolve("a.json")));
        assertTrue(Files.notExists(out.resolve("a.pdf")));
        var report = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("reports").get(0);
        assertTrue(report.get("pdf").isNull());
        assertTrue(Files.exists(out.resolve("summary.csv")), "the batch overview is still written");
        assertTrue(Files.notExists(out.resolve("summary.pdf")), "no PDF at all: the font is not even loaded");
    }

    /**
     * One overview file that cannot be made costs only itself: the others are written, and the failure is said; also
     * when the overview files are written side by side.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void aFailingOverviewFileCostsOnlyItself(int threads, @TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "x");
        Path out = dir.resolve("out");
        Outputs std = Outputs.standard(Templates.load(Path.of("templates")), Fixtures.tables(), Fixtures.codes())
                .without("pdf");
        List<cn.zwgk.audit.render.BatchOutput> perBatch = new java.util.ArrayList<>();
        perBatch.add(cn.zwgk.audit.render.BatchOutput.of("broken.bin", s -> {
            throw new IllegalStateException("单元格文字过长");
        }));
        perBatch.addAll(std.perBatch());
        Outputs outputs = new Outputs(std.templates(), std.tables(), std.codes(), std.perReport(), perBatch);
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new Batch(f -> Samples.audit(), outputs, threads, LocalDate.of(2024, 3, 1))
                        .run(List.of(in.resolve("a.txt")), out, "v1", null));
        assertTrue(e.getMessage().contains("broken.bin") && e.getMessage().contains("单元格文字过长"), e.getMessage());
        for (String name : std.batchFiles()) assertTrue(Files.exists(out.resolve(name)), "the others are written: " + name);
        assertTrue(Files.exists(out.resolve("a.json")));
        assertTrue(Files.notExists(out.resolve("broken.bin")));
    }
}
