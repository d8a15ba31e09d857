package cn.zwgk.audit.compare;

import cn.zwgk.audit.model.Report;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The reports of a batch as the comparisons' reading pass parsed them, kept in a temporary file so that the audit
 * takes each one from there instead of reading and parsing the file again (for a PDF, most of a report's cost), and a
 * peer or last year's report is not parsed once more for each report it is compared with. On disk, not in memory:
 * 20,000 parsed reports would not fit a small heap; what stays in memory is a position per file. Compressed (a full
 * report's 53 KB of JSON to 7 KB, for 0.25 ms; back in 0.1 ms): 20,000 reports take 140 MB of the temporary folder,
 * which may itself be memory (tmpfs). Thread-safe.
 */
public final class ParsedReports implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private record Place(long at, int length, int size) {}

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Place> places = new ConcurrentHashMap<>();
    private long end;

    private ParsedReports(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** An empty store in a new temporary file, deleted on {@link #close}. */
    public static ParsedReports open() throws IOException {
        Path f = Files.createTempFile("zwgk-parsed", ".bin");
        return new ParsedReports(f, FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE));
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
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(report);
        } catch (IOException | RuntimeException e) {
            return;
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        byte[] bytes;
        try {
            deflater.setInput(json);
            deflater.finish();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(json.length / 4 + 64);
            byte[] chunk = new byte[16 * 1024];
            while (!deflater.finished()) out.write(chunk, 0, deflater.deflate(chunk));
            bytes = out.toByteArray();
        } finally {
            deflater.end();
        }
        synchronized (this) {
            try {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                long at = end;
                while (b.hasRemaining()) channel.write(b, at + b.position());
                end += bytes.length;
                places.put(path.toString(), new Place(at, bytes.length, json.length));
            } catch (IOException e) {
                // a full temporary disk: this report will be parsed again
            }
        }
    }

    /** The report kept for {@code path}; empty when none is, or it cannot be read back (then it is parsed again). */
    public Optional<Report> get(Path path) {
        Place p = places.get(path.toString());
        if (p == null) return Optional.empty();
        ByteBuffer b = ByteBuffer.allocate(p.length());
        try {
            while (b.hasRemaining()) {
                if (channel.read(b, p.at() + b.position()) < 0) return Optional.empty();
            }
            byte[] json = new byte[p.size()];
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(b.array());
                if (inflater.inflate(json) != json.length) return Optional.empty();
            } finally {
                inflater.end();
            }
            return Optional.of(JSON.readValue(json, Report.class));
        } catch (IOException | DataFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public int size() {
        return places.size();
    }

    @Override
    public void close() throws IOException {
        places.clear();
        channel.close();
        Files.deleteIfExists(file);
    }
}
