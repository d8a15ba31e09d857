package cn.zwgk.audit.compare;

import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.spill.SpillFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The reports of a batch as the comparisons' reading pass parsed them, kept in a temporary file so that the audit
 * takes each one from there instead of reading and parsing the file again (for a PDF, most of a report's cost), and a
 * peer or last year's report is not parsed once more for each report it is compared with. On disk, not in memory:
 * 20,000 parsed reports would not fit a small heap; what stays in memory is a position per file. Beside each report
 * it keeps what the report is compared by ({@link ReportText}): a peer is read back as that, a few KB, not as the
 * whole report. Compressed (a full report's 53 KB of JSON to 7 KB, for 0.25 ms, back in 0.1 ms; its texts 2 KB more):
 * 20,000 reports take 190 MB of the temporary folder, which may itself be memory (tmpfs). Thread-safe.
 */
public final class ParsedReports implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final SpillFile file;
    private final Map<String, SpillFile.Place> places = new ConcurrentHashMap<>();
    private final Map<String, SpillFile.Place> texts = new ConcurrentHashMap<>();

    private ParsedReports(SpillFile file) {
        this.file = file;
    }

    /** An empty store in a new temporary file, deleted on {@link #close}. */
    public static ParsedReports open() throws IOException {
        return new ParsedReports(SpillFile.open("zwgk-parsed"));
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
        try {
            places.put(path.toString(), file.put(JSON.writeValueAsBytes(report)));
        } catch (IOException | RuntimeException e) {
            // a full temporary disk, or a report Jackson cannot write: this report will be parsed again
        }
    }

    /** The report kept for {@code path}; empty when none is, or it cannot be read back (then it is parsed again). */
    public Optional<Report> get(Path path) {
        SpillFile.Place p = places.get(path.toString());
        if (p == null) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.get(p), Report.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
        return places.size();
    }

    @Override
    public void close() throws IOException {
        places.clear();
        texts.clear();
        file.close();
    }
}
