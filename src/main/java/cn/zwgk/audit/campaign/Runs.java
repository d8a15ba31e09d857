package cn.zwgk.audit.campaign;

import cn.zwgk.audit.batch.AtomicFiles;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** {@code runs.json}: every run of the campaign, in order: its number, audit date, rules version and files. */
final class Runs {

    static final String FILE = "runs.json";

    private Runs() {}

    /** How many runs the folder has recorded. */
    static int count(Path dir) throws IOException {
        return read(dir).size();
    }

    static ArrayNode read(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.exists(f)) return Json.mapper().createArrayNode();
        JsonNode n = Json.mapper().readTree(f.toFile());
        return n instanceof ArrayNode a ? a : Json.mapper().createArrayNode();
    }

    /** Appends this run: number, audit date, when it ran, rules version, and each file audited with its name. */
    static void record(Path dir, int run, LocalDate date, BatchSummary summary) throws IOException {
        ArrayNode runs = read(dir);
        ObjectNode r = runs.addObject();
        r.put("run", run);
        r.put("date", date.toString());
        r.put("ranAt", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        r.put("rulesVersion", summary.rulesVersion());
        ArrayNode files = r.putArray("files");
        for (BatchSummary.Entry e : summary.reports()) {
            ObjectNode f = files.addObject();
            f.put("file", e.file());
            f.put("name", e.name());
            f.put("agency", e.agency());
            f.put("verdict", e.verdict());
            if (e.review() != null) f.put("resubmission", true);
        }
        AtomicFiles.write(dir.resolve(FILE), Json.bytes(runs));
    }
}
