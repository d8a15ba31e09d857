package cn.zwgk.audit.campaign;

import cn.zwgk.audit.model.Comparison;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.PreviousReport;
import cn.zwgk.audit.model.Severity;
import cn.zwgk.audit.render.AcceptedFinding;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.EntryFindings;
import cn.zwgk.audit.render.FindingsSpill;
import cn.zwgk.audit.render.Json;
import cn.zwgk.audit.render.Resubmission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The reports of a campaign as its folder holds them: each report's state is its {@code NAME.json} (the findings
 * document plus source, roster name, run, date, accepted findings and review), its letters beside it; a superseded
 * audit moves whole into {@code history/} as {@code NAME.runN.*}.
 */
final class CampaignFolder {

    static final String HISTORY = "history";
    /** The per-report files a state may have beside its JSON. */
    static final List<String> EXTENSIONS = List.of("json", "pdf", "docx");
    private static final List<String> NOT_REPORTS = List.of("summary.json", "runs.json");
    private static final ObjectMapper M = Json.mapper();

    private CampaignFolder() {}

    /**
     * A report's stored state; its findings stay in its file until they are asked for ({@link #details}), so that a
     * campaign of many reports does not hold them all while it runs.
     */
    record State(String name, String file, String source, String agency, Integer year, String verdict, int run,
                 LocalDate date, String sha256, Comparison comparison) {}

    /** A state's findings, those the office accepted, and its review (null for a first submission). */
    record Details(List<Finding> findings, List<AcceptedFinding> accepted, Resubmission review) {}

    private record Stored(State state, Details details) {}

    /** Every report state in the folder, by name. A JSON that is not a report's state is left alone. */
    static Map<String, State> read(Path dir) throws IOException {
        Map<String, State> states = new TreeMap<>();
        forEach(dir, s -> states.put(s.state().name(), s.state()));
        return states;
    }

    /** The details of a state {@link #read} found, read again from its file; null when it can no longer be read. */
    static Details details(Path dir, State s) {
        Stored stored = stored(dir.resolve(s.name() + ".json"), s.name());
        return stored == null ? null : stored.details();
    }

    /**
     * Every report state in the folder as an entry of the overview, by name, its findings kept in {@code spill}: one
     * state at a time is in memory, not the folder's findings.
     */
    static Map<String, BatchSummary.Entry> entries(Path dir, FindingsSpill spill) throws IOException {
        Map<String, BatchSummary.Entry> entries = new TreeMap<>();
        forEach(dir, s -> entries.put(s.state().name(), entry(s).spilled(spill)));
        return entries;
    }

    private static void forEach(Path dir, Consumer<Stored> each) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String fn = p.getFileName().toString();
                if (!fn.endsWith(".json") || fn.startsWith(".") || NOT_REPORTS.contains(fn)) continue;
                Stored s = stored(p, fn.substring(0, fn.length() - 5));
                if (s != null) each.accept(s);
            }
        }
    }

    private static Stored stored(Path p, String name) {
        JsonNode doc;
        try {
            doc = M.readTree(p.toFile());
        } catch (IOException e) {
            return null;
        }
        if (doc == null || !doc.has("verdict") || !doc.path("findings").isArray()) return null;
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : doc.get("findings")) findings.add(M.convertValue(f, Finding.class));
        List<AcceptedFinding> accepted = new ArrayList<>();
        for (JsonNode a : doc.path("accepted")) accepted.add(M.convertValue(a, AcceptedFinding.class));
        Resubmission review = doc.hasNonNull("review") ? M.convertValue(doc.get("review"), Resubmission.class) : null;
        String agency = text(doc, "roster") != null ? text(doc, "roster") : text(doc, "agency");
        String file = text(doc, "file");
        String source = text(doc, "source") != null ? text(doc, "source") : file;
        LocalDate date = text(doc, "date") != null ? LocalDate.parse(text(doc, "date")) : null;
        Integer year = doc.hasNonNull("year") ? doc.get("year").asInt() : null;
        return new Stored(new State(name, file, source, agency, year, text(doc, "verdict"), doc.path("run").asInt(0),
                date, text(doc, "sha256"), comparison(doc.get("compared"))), new Details(findings, accepted, review));
    }

    /** What the report was compared with, as its findings document records it ({@code compared}). */
    private static Comparison comparison(JsonNode c) {
        if (c == null || c.isNull()) return Comparison.NONE;
        String file = text(c, "previous");
        Integer year = c.hasNonNull("previousYear") ? c.get("previousYear").asInt() : null;
        return new Comparison(file == null ? null : new PreviousReport(file, null, year, null),
                text(c, "previousUnmatched"), c.path("peers").asInt(0));
    }

    private static String text(JsonNode doc, String field) {
        JsonNode n = doc.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** A state as an entry of the overview. */
    private static BatchSummary.Entry entry(Stored stored) {
        State s = stored.state();
        Details d = stored.details();
        Map<String, Integer> codes = new TreeMap<>();
        long[] counts = new long[Severity.values().length];
        List<String> ruleFailures = new ArrayList<>();
        for (Finding f : d.findings()) {
            codes.merge(f.rule(), 1, Integer::sum);
            if (f.severity() != null) counts[f.severity().ordinal()]++;
            if ("RULE_FAILED".equals(f.rule())) ruleFailures.add(f.message());
        }
        return new BatchSummary.Entry(s.file(), s.name(), s.agency(), s.year(), s.verdict(),
                counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()],
                codes, null, ruleFailures, codes.containsKey(BatchSummary.INPUT_UNREADABLE),
                EntryFindings.of(d.findings(), d.accepted()), d.review() == null ? null : d.review().counts(), s.run(),
                s.date(), s.comparison());
    }

    /** Moves a state's files into history/ as NAME.runN.ext; the folder then holds no out-of-date letter. */
    static void archive(Path dir, State s) throws IOException {
        Path history = Files.createDirectories(dir.resolve(HISTORY));
        for (String ext : EXTENSIONS) {
            Path f = dir.resolve(s.name() + "." + ext);
            if (!Files.exists(f)) continue;
            Path to = history.resolve(s.name() + ".run" + s.run() + "." + ext);
            for (int n = 2; Files.exists(to); n++) to = history.resolve(s.name() + ".run" + s.run() + "-" + n + "." + ext);
            Files.move(f, to, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes the letters of {@code name} that a new audit will not replace (e.g. a PDF when run with --no-pdf). */
    static void removeLetters(Path dir, String name) throws IOException {
        for (String ext : EXTENSIONS) {
            if (!ext.equals("json")) Files.deleteIfExists(dir.resolve(name + "." + ext));
        }
    }
}
