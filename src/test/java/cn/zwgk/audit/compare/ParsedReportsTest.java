package cn.zwgk.audit.compare;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.pipeline.Auditor;
import cn.zwgk.audit.spill.MemoryBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch with comparisons reads and parses each file once: the reading pass keeps its reports
 * ({@link ParsedReports}), the audit and the comparisons take them from there, and the findings are those of a batch
 * that parses every file again, whether the batch holds them in memory, writes them to its temporary file, or some of
 * each.
 */
class ParsedReportsTest {

    static Auditor auditor;

    @BeforeAll
    static void load() throws Exception {
        auditor = Auditor.fromRules(Fixtures.RULES);
    }

    /**
     * Every corpus file (text, HTML, .docx, PDF, unreadable ones) comes back as the report it was parsed to, written
     * to the file and read back (no memory to hold it) as held.
     */
    @ParameterizedTest
    @ValueSource(longs = {0, Long.MAX_VALUE})
    void aKeptReportIsTheReportParsed(long memory) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Fixtures.SAMPLES, Fixtures.CORPUS, Fixtures.LIBREOFFICE)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 100, "corpus: " + files.size());
        try (ParsedReports kept = ParsedReports.open(new MemoryBudget(memory))) {
            for (Path f : files) {
                Report r = auditor.parse(f);
                kept.put(f, r);
                assertEquals(r, kept.get(f).orElseThrow(), f.toString());
                Narrative n = Narrative.of(r, 5);
                kept.putNarrative(n);
                Narrative back = kept.narrative(r.file(), 5).orElseThrow();
                assertEquals(ReportText.of(r), back.text(), f.toString());
                assertEquals(n.wholeGrams().hashes().length, back.wholeGrams().hashes().length, f.toString());
            }
            assertEquals(files.size(), kept.size());
            assertEquals(memory == 0 ? 0 : files.size(), kept.held());
        }
    }

    /** What a peer is compared by comes back whole: no agency or year, texts past 64 KB, any characters. */
    @Test
    void aKeptTextIsTheTextKept() throws IOException {
        String long5 = "五、存在的主要问题及改进情况 𠀀\u0000\n".repeat(5_000);
        List<ReportText> texts = List.of(new ReportText("a.txt", null, null, "", ""),
                new ReportText("b.pdf", "某某局", 2024, "一、总体情况\n" + long5, long5));
        try (ParsedReports kept = ParsedReports.open()) {
            for (ReportText t : texts) kept.putText(t);
            for (ReportText t : texts) assertEquals(t, kept.text(t.file()).orElseThrow());
            assertTrue(kept.text("c.txt").isEmpty());
        }
    }

    /**
     * Seeds beside their LibreOffice renderings (the same texts: the peer rules fire) and a real agency's report with
     * last year's, this year's changed so that it no longer carries over last year's open requests (the cross-year
     * rules fire). The files are deleted once the reading pass has parsed them: an audit that read one again would
     * find it unreadable.
     */
    @ParameterizedTest
    @ValueSource(longs = {0, 200_000, Long.MAX_VALUE})
    void aBatchParsesEachFileOnceWithTheSameFindings(long memory, @TempDir Path dir) throws Exception {
        Map<String, byte[]> batch = new TreeMap<>();
        try (Stream<Path> s = Stream.concat(Files.list(Fixtures.SEEDS), Files.list(Fixtures.LIBREOFFICE))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".pdf")).toList()) {
                batch.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        String html = Files.readString(Fixtures.REAL_HTML.resolve("pingtan_2022.html"), StandardCharsets.UTF_8);
        int at = html.indexOf("上年结转"), start = html.lastIndexOf("<tr", at), end = html.indexOf("</tr>", at);
        html = html.substring(0, start) + html.substring(start, end).replace(">1<", ">0<") + html.substring(end);
        batch.put("pingtan_2022.html", html.getBytes(StandardCharsets.UTF_8));
        List<Path> files = batch.keySet().stream().map(dir::resolve).toList();
        Path lastYear = dir.resolve("prev").resolve("pingtan_2021.html");
        List<Path> previous = List.of(lastYear);
        SimilarityConfig config = SimilarityConfig.load(Fixtures.RULES);

        write(dir, batch, lastYear);
        Map<Path, Integer> parses = new ConcurrentHashMap<>();
        Function<Path, Report> counting = f -> {
            parses.merge(f, 1, Integer::sum);
            return auditor.parse(f);
        };
        Map<Path, List<Finding>> once = new HashMap<>();
        try (ParsedReports kept = ParsedReports.open(new MemoryBudget(memory))) {
            Comparisons c = Comparisons.prepare(files, previous, Map.of(), counting, config, new Parallel(2), kept);
            for (Path f : files) Files.delete(f);
            Files.delete(lastYear);
            for (Path f : files) once.put(f, auditor.audit(f, c).findings());
        }
        for (Path f : files) assertEquals(1, parses.get(f), "parses of " + f);
        assertEquals(1, parses.get(lastYear), "parses of last year's report");

        write(dir, batch, lastYear);
        Comparisons again = Comparisons.prepare(files, previous, Map.of(), auditor::parse, config, new Parallel(2));
        List<String> codes = new ArrayList<>();
        for (Path f : files) {
            Audit a = auditor.audit(f, again);
            assertEquals(a.findings(), once.get(f), f.toString());
            a.findings().forEach(x -> codes.add(x.rule()));
        }
        assertTrue(codes.contains("COPY_PEER"), "no peer finding: " + codes);
        assertTrue(codes.contains("CROSS_YEAR_CARRYOVER"), "no cross-year finding: " + codes);
        assertTrue(codes.stream().noneMatch(r -> r.equals("INPUT_UNREADABLE")), codes.toString());
    }

    private static void write(Path dir, Map<String, byte[]> batch, Path lastYear) throws IOException {
        for (var e : batch.entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue());
        Files.createDirectories(lastYear.getParent());
        Files.copy(Fixtures.REAL_HTML.resolve("pingtan_2021.html"), lastYear, StandardCopyOption.REPLACE_EXISTING);
    }
}
