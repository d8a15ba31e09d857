package cn.zwgk.audit.compare;

import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.spill.MemoryBudget;
import cn.zwgk.audit.spill.SpillFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The reports of a batch as the comparisons' reading pass parsed them, kept so that the audit takes each one from here
 * instead of reading and parsing the file again (for a PDF, most of a report's cost), and a peer or last year's report
 * is not parsed once more for each report it is compared with. Beside each report it keeps what the report is
 * compared by, its {@link Narrative}: a peer is taken as that, not as the whole report.
 *
 * <p>While the {@link MemoryBudget} lasts (an eighth of the heap, at most 128 MB: a thousand or two reports) reports
 * and narratives are held as they are; the rest go to a temporary file, since 20,000 parsed reports would not fit a
 * small heap: what stays in memory for those is a position per file. There a report is its JSON in Jackson's binary
 * form, compressed (a seed's 55 KB of JSON to 6 KB, for 0.3 ms, back in 0.4 ms), and a narrative its texts
 * ({@link ReportText}, 2 KB more), made into n-grams again when asked for: 20,000 reports take some 170 MB of the
 * temporary folder, which may itself be memory (tmpfs). Thread-safe.
 */
public final class ParsedReports implements AutoCloseable {

    /** Smile, Jackson's binary JSON: put and get 0.92 → 0.71 ms a seed (C1), 6.7 → 5.6 KB compressed. */
    private static final ObjectMapper SMILE = new ObjectMapper(new SmileFactory()).registerModule(new JavaTimeModule());

    private final SpillFile file;
    private final MemoryBudget memory;
    private final Map<String, Report> held = new ConcurrentHashMap<>();
    private final Map<String, Narrative> narratives = new ConcurrentHashMap<>();
    private final Map<String, SpillFile.Place> places = new ConcurrentHashMap<>();
    private final Map<String, SpillFile.Place> texts = new ConcurrentHashMap<>();

    private ParsedReports(SpillFile file, MemoryBudget memory) {
        this.file = file;
        this.memory = memory;
    }

    /** An empty store holding what fits {@link MemoryBudget#ofHeap()}, the rest in a temporary file. */
    public static ParsedReports open() throws IOException {
        return open(MemoryBudget.ofHeap());
    }

    /** An empty store holding what fits {@code memory}, the rest in a new temporary file, deleted on {@link #close}. */
    static ParsedReports open(MemoryBudget memory) throws IOException {
        return new ParsedReports(SpillFile.open("zwgk-parsed"), memory);
    }

    /** {@code parse} that keeps what it parsed here. */
    public Function<Path, Report> keeping(Function<Path, Report> parse) {
        return f -> {
            Report r = parse.apply(f);
            put(f, r);
            return r;
        };
    }

    /** {@code parse} that takes a report kept here, parsing only a file it does not hold. */
    public Function<Path, Report> reading(Function<Path, Report> parse) {
        return f -> get(f).orElseGet(() -> parse.apply(f));
    }

    /** Keeps {@code report}; a report that cannot be written is simply not kept (it is parsed again when asked for). */
    void put(Path path, Report report) {
        if (memory.take(weight(report))) {
            held.put(path.toString(), report);
            return;
        }
        try {
            places.put(path.toString(), file.put(SMILE.writeValueAsBytes(report)));
        } catch (IOException | RuntimeException e) {
            // a full temporary disk, or a report Jackson cannot write: this report will be parsed again
        }
    }

    /** The report kept for {@code path}; empty when none is, or it cannot be read back (then it is parsed again). */
    public Optional<Report> get(Path path) {
        Report r = held.get(path.toString());
        if (r != null) return Optional.of(r);
        SpillFile.Place p = places.get(path.toString());
        if (p == null) return Optional.empty();
        try {
            return Optional.of(SMILE.readValue(file.get(p), Report.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps what a report is compared by, apart from the report: held as it is, or its texts written. */
    void putNarrative(Narrative n) {
        if (memory.take(n.weight())) narratives.put(n.text().file(), n);
        else putText(n.text());
    }

    /** The narrative held for {@code file}'s report, as the reading pass made it; null when it was not held. */
    Narrative heldNarrative(String file) {
        return narratives.get(file);
    }

    /** What the report of {@code file} is compared by, when it was kept: held, or made again from its texts. */
    Optional<Narrative> narrative(String file, int ngram) {
        Narrative n = narratives.get(file);
        return n != null ? Optional.of(n) : text(file).map(t -> Narrative.of(t, ngram));
    }

    /** Keeps what a report is compared by, apart from the report; one that cannot be written is not kept. */
    void putText(ReportText text) {
        try {
            texts.put(text.file(), file.put(text.bytes()));
        } catch (IOException | RuntimeException e) {
            // a full temporary disk: the comparison takes the whole report instead
        }
    }

    /** What the report of {@code file} is compared by, when it was kept. */
    Optional<ReportText> text(String file) {
        SpillFile.Place p = texts.get(file);
        if (p == null) return Optional.empty();
        try {
            return Optional.of(ReportText.of(this.file.get(p)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public int size() {
        return held.size() + places.size();
    }

    /** How many reports are held in memory rather than in the file. */
    int held() {
        return held.size();
    }

    /**
     * A report's heap, estimated from above: measured on average, a seed (200 cells, 1,500 characters of narrative)
     * 31 KB (34 by this), the real PDF 17 KB (19), the real openings 4.4 and 8.2 KB (6.5 and 14).
     */
    private static long weight(Report r) {
        long chars = 0;
        for (var s : r.sections()) if (s.text() != null) chars += s.text().length();
        long others = r.years().size() + r.tables().size() + r.labels().size() + r.claims().size() + r.sums().size()
                + r.shares().size() + r.otherYears().size() + r.agencies().size() + r.citations().size()
                + r.partCounts().size() + r.problems().size() + r.sections().size();
        return 1024 + 120L * r.cells().size() + 4 * chars + 200 * others;
    }

    @Override
    public void close() throws IOException {
        held.clear();
        narratives.clear();
        places.clear();
        texts.clear();
        file.close();
    }
}
