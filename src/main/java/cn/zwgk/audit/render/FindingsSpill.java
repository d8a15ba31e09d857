package cn.zwgk.audit.render;

import cn.zwgk.audit.spill.SpillFile;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The findings of a batch's reports, kept in a temporary file until the overviews are written: what stays in memory
 * per report is its counts and a position, so memory stays flat in the number of reports (at 1.2 KB of findings a
 * report, 20,000 reports held 24 MB more; a campaign of 150,000 would not fit a 256 MB heap). Each overview reads
 * them back once or twice, in its own order. Thread-safe; deleted on {@link #close}.
 */
public final class FindingsSpill implements AutoCloseable {

    // compact, not the pretty-printed output mapper; what an overview shows of a finding survives JSON (the cells a
    // letter marks do not, and no overview shows them)
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SpillFile file;

    private FindingsSpill(SpillFile file) {
        this.file = file;
    }

    public static FindingsSpill open() throws IOException {
        return new FindingsSpill(SpillFile.open("zwgk-findings"));
    }

    /** {@code f} kept in the file; as it is when it is empty or cannot be written (a full temporary disk). */
    public EntryFindings keep(EntryFindings f) {
        if (!(f instanceof EntryFindings.Held held) || held.findings().isEmpty() && held.accepted().isEmpty()) return f;
        try {
            return new Spilled(file.put(JSON.writeValueAsBytes(held)), held.accepted().size());
        } catch (IOException | RuntimeException e) {
            return f;
        }
    }

    /** Findings at a place of the file; read back on each call. */
    private final class Spilled implements EntryFindings {

        private final SpillFile.Place place;
        private final int acceptedCount;

        Spilled(SpillFile.Place place, int acceptedCount) {
            this.place = place;
            this.acceptedCount = acceptedCount;
        }

        private Held read() {
            try {
                return JSON.readValue(file.get(place), Held.class);
            } catch (IOException e) {
                throw new UncheckedIOException("无法读回临时文件中的问题清单：" + e.getMessage(), e);
            }
        }

        @Override
        public java.util.List<cn.zwgk.audit.model.Finding> findings() {
            return read().findings();
        }

        @Override
        public java.util.List<AcceptedFinding> accepted() {
            return read().accepted();
        }

        @Override
        public int acceptedCount() {
            return acceptedCount;
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
