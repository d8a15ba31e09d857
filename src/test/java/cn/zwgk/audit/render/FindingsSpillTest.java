package cn.zwgk.audit.render;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.compare.Comparisons;
import cn.zwgk.audit.compare.Parallel;
import cn.zwgk.audit.compare.SimilarityConfig;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.pipeline.Auditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch keeps its reports' findings in a temporary file for the overviews ({@link FindingsSpill}): every overview
 * file made from the spilled entries is byte for byte the one made from the entries in memory, on a batch of real
 * audits with findings of every severity, peer comparisons, an unreadable file, accepted findings and a review.
 */
class FindingsSpillTest {

    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);

    @Test
    void everyOverviewFromTheSpillIsTheOverviewFromMemory(@TempDir Path dir) throws Exception {
        Auditor auditor = Auditor.fromRules(Fixtures.RULES);
        List<Path> files = new ArrayList<>();
        // the seeds beside their LibreOffice renderings: the same texts, so the peer comparison finds copies
        try (Stream<Path> s = Stream.concat(Files.list(Fixtures.SEEDS), Files.list(Fixtures.LIBREOFFICE))) {
            s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".pdf")).sorted().forEach(files::add);
        }
        files.add(Files.write(dir.resolve("scan.pdf"), "not a PDF".getBytes()));
        Comparisons comparisons = Comparisons.prepare(files, null, Map.of(), auditor::parse,
                SimilarityConfig.load(Fixtures.RULES), new Parallel(2));
        List<BatchSummary.Entry> held = new ArrayList<>();
        int acceptedAt = -1;
        for (Path f : files) {
            Audit audit = auditor.audit(f, comparisons);
            String name = f.getFileName().toString().replace('.', '_');
            LetterContext context = LetterContext.plain(audit.report());
            if (acceptedAt < 0 && audit.findings().size() >= 2) {
                acceptedAt = held.size();
                // the office accepted one finding, and the report is a resubmission
                List<Finding> fs = audit.findings();
                context = new LetterContext(context.file(), context.agency(), Map.of(), 2,
                        new Resubmission(1, "2024年2月1日", "old.txt", fs.subList(0, 1), fs.subList(1, 2), List.of()),
                        List.of(new AcceptedFinding(fs.get(0), "已说明：口径不同")), context.minSeverity(), null, null);
                audit = audit.withFindings(fs.subList(1, fs.size()));
            }
            held.add(BatchSummary.Entry.of(audit, name, null, context, DATE));
        }
        List<String> codes = held.stream().flatMap(e -> e.codes().keySet().stream()).toList();
        assertTrue(codes.contains("COPY_PEER"), codes.toString());
        assertTrue(codes.contains(BatchSummary.INPUT_UNREADABLE), codes.toString());
        assertTrue(held.stream().anyMatch(e -> e.errors() > 0) && held.stream().anyMatch(e -> e.infos() > 0));
        assertEquals(1, held.get(acceptedAt).listed().acceptedCount(), "a report with an accepted finding");

        Outputs outputs = Outputs.standard(Templates.load(Fixtures.TEMPLATES), auditor.tables(), auditor.rules().codes());
        BatchSummary memory = new BatchSummary(held, "v1", DATE, 1.5, outputs.extensions());
        try (FindingsSpill spill = FindingsSpill.open()) {
            List<BatchSummary.Entry> spilled = held.stream().map(e -> e.spilled(spill)).toList();
            for (BatchSummary.Entry e : spilled) {
                boolean none = e.findingCount() == 0 && e.listed().acceptedCount() == 0;
                assertEquals(none, e.listed() instanceof EntryFindings.Held, e.file() + ": findings left in memory");
            }
            BatchSummary fromSpill = new BatchSummary(spilled, "v1", DATE, 1.5, outputs.extensions());
            for (BatchOutput o : outputs.perBatch()) {
                byte[] expected = bytes(o, memory);
                assertTrue(expected.length > 500, o.fileName());
                assertArrayEquals(expected, bytes(o, fromSpill), o.fileName());
            }
        }
    }

    /** A finding read back is the finding kept, but for the cells it marks in a letter (no overview shows them). */
    @Test
    void aSpilledFindingComesBackEqual() throws Exception {
        Finding f = new Finding("T3_BALANCE", cn.zwgk.audit.model.Severity.ERROR, 3, "T3", "总计", "办理结果", 12,
                5, 4, "本年新收 5 件", "不平衡：\"5\" ≠ 4", "《条例》第五十条", "请核对", List.of());
        try (FindingsSpill spill = FindingsSpill.open()) {
            EntryFindings kept = spill.keep(EntryFindings.of(List.of(f), List.of(new AcceptedFinding(f, "已说明"))));
            assertFalse(kept instanceof EntryFindings.Held);
            assertEquals(List.of(f), kept.findings());
            assertEquals(List.of(new AcceptedFinding(f, "已说明")), kept.accepted());
            assertEquals(1, kept.acceptedCount());
        }
    }

    /**
     * The file's bytes, with what differs from one writing to the next blanked out: of a PDF, the time it was made,
     * the identifier made from that time and the random tag of each embedded font subset; of a Word or Excel file
     * (a zip), each part's name and content, its times (the zip's and docProps/core.xml's) left out.
     */
    private static byte[] bytes(BatchOutput o, BatchSummary s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        o.write(s, out);
        if (o.fileName().endsWith(".docx") || o.fileName().endsWith(".xlsx")) return parts(out.toByteArray());
        if (!o.fileName().endsWith(".pdf")) return out.toByteArray();
        String pdf = out.toString(StandardCharsets.ISO_8859_1);
        return MADE.matcher(pdf).replaceAll(m -> "x".repeat(m.group().length()))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] parts(byte[] zip) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                all.writeBytes((e.getName() + "\n" + TIME.matcher(content).replaceAll("T") + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return all.toByteArray();
    }

    private static final Pattern MADE = Pattern.compile("\\((D:[^)]*)\\)|/ID\\s*\\[[^]]*]|/[A-Z]{6}\\+");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
}
