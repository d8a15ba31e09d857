package cn.zwgk.audit.compare;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.Comparison;
import cn.zwgk.audit.model.PreviousCell;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.TextSimilarity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What each report of a batch is compared with, prepared before the audit: last year's report of its agency (from
 * {@link PreviousReports}) and the reports of the batch whose texts are alike ({@link PeerIndex}). During the audit,
 * {@link #context} gives a report's comparison facts; the rules decide. Thread-safe after {@link #prepare}.
 */
public final class Comparisons {

    /** A report's comparison facts for its rule session, and what it was compared with. */
    public record Context(List<Object> facts, Comparison comparison) {}

    public static final Comparisons NONE = new Comparisons(null, null, null, Map.of(), List.of(), Map.of(),
            f -> Optional.empty(), null);

    private final SimilarityConfig config;
    private final PreviousReports previous;
    private final Function<Path, Report> parse;
    private final Map<String, Integer> ids;
    private final List<Path> files;
    private final Map<Integer, List<PeerIndex.Link>> links;
    private final Function<Path, Optional<String>> roster;
    private final ParsedReports parsed;

    private Comparisons(SimilarityConfig config, PreviousReports previous, Function<Path, Report> parse,
                        Map<String, Integer> ids, List<Path> files, Map<Integer, List<PeerIndex.Link>> links,
                        Function<Path, Optional<String>> roster, ParsedReports parsed) {
        this.config = config;
        this.previous = previous;
        this.parse = parse;
        this.ids = ids;
        this.files = files;
        this.links = links;
        this.roster = roster;
        this.parsed = parsed;
    }

    /** The same comparisons, matching this year's reports to last year's first by the office's roster names. */
    public Comparisons withRoster(Function<Path, Optional<String>> names) {
        return new Comparisons(config, previous, parse, ids, files, links, names, parsed);
    }

    /**
     * Reads last year's folder (when given) and the batch's texts (when there are two reports or more and the rules
     * have a similarity.yaml).
     *
     * @param previousFiles last year's reports, or null when none were given
     * @param previousNames the agency names last year's run gave its reports (its roster's), by file
     * @param config        rules/similarity.yaml, or null: then no text is compared, only tables across years
     * @param parse         reads one file; must not throw for bad input
     */
    public static Comparisons prepare(List<Path> files, List<Path> previousFiles, Map<Path, String> previousNames,
                                      Function<Path, Report> parse, SimilarityConfig config, Parallel parallel)
            throws InterruptedException {
        return prepare(files, previousFiles, previousNames, parse, config, parallel, null);
    }

    /**
     * As {@link #prepare(List, List, Map, Function, SimilarityConfig, Parallel)}, keeping every report it parses in
     * {@code parsed}: the audit takes them from there ({@link #parsed}), and so do the comparisons, so that a batch
     * reads and parses each file once.
     *
     * @param parsed where to keep the parsed reports, or null to keep none
     */
    public static Comparisons prepare(List<Path> files, List<Path> previousFiles, Map<Path, String> previousNames,
                                      Function<Path, Report> parse, SimilarityConfig config, Parallel parallel,
                                      ParsedReports parsed) throws InterruptedException {
        Function<Path, Report> reading = parsed == null ? parse : parsed.keeping(parse);
        PreviousReports prev = previousFiles == null ? null
                : PreviousReports.read(previousFiles, previousNames, reading, parallel);
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, List<PeerIndex.Link>> links = Map.of();
        if (config != null && files.size() > 1) {
            for (int i = 0; i < files.size(); i++) ids.put(files.get(i).toString(), i);
            MinHash minHash = new MinHash(config.signature());
            List<PeerIndex.Print> prints = parallel.map(files, f -> print(reading.apply(f), ids, config, minHash, parsed));
            // a signature's estimate errs by at most 0.5/√size (one standard error): look 2.5 of them below
            double floor = Math.max(0.05, config.peerFloor() - 2.5 * 0.5 / Math.sqrt(config.signature()));
            links = PeerIndex.links(prints, config.peerFloor(), floor, config.signature());
        }
        return new Comparisons(config, prev, parsed == null ? parse : parsed.reading(parse), Map.copyOf(ids),
                List.copyOf(files), links, f -> Optional.empty(), parsed);
    }

    /** {@code file} as the reading pass parsed it, when it was kept: the audit need not read it again. */
    public Optional<Report> parsed(Path file) {
        return parsed == null ? Optional.empty() : parsed.get(file);
    }

    private static PeerIndex.Print print(Report r, Map<String, Integer> ids, SimilarityConfig c, MinHash minHash,
                                         ParsedReports parsed) {
        Narrative n = Narrative.of(r, c.ngram());
        if (parsed != null) parsed.putNarrative(n); // a peer is taken as its narrative, not as the whole report
        return new PeerIndex.Print(ids.get(r.file()), Agencies.key(r.agency()), signature(n.wholeGrams(), c, minHash),
                signature(n.section5Grams(), c, minHash));
    }

    private static int[] signature(Shingles s, SimilarityConfig c, MinHash minHash) {
        return s.chars() < Math.max(c.minChars(), c.ngram()) ? null : minHash.signature(s);
    }

    /** Last year's reports, or null when the run was given none. */
    public PreviousReports previous() {
        return previous;
    }

    /** Whether the batch's reports are compared with one another. */
    public boolean comparesPeers() {
        return config != null && files.size() > 1;
    }

    public Context context(Report r) {
        if (previous == null && !comparesPeers()) return new Context(List.of(), Comparison.NONE);
        List<Object> facts = new ArrayList<>();
        if (config != null) facts.add(config.thresholds());
        // the report's own texts are folded only when it has something to be compared with (most have no peer)
        boolean texts = config != null && r.readable();
        Narrative mine = null;
        PreviousReports.Match match = null;
        if (previous != null && r.readable()) {
            match = previous.match(r, roster.apply(Path.of(r.file())).orElse(null));
            if (match.previous() != null) {
                Report last = parse.apply(match.path());
                facts.add(match.previous());
                for (Cell c : last.cells()) facts.add(PreviousCell.of(c));
                if (texts) {
                    mine = own(r);
                    Narrative theirs = Narrative.of(last, config.ngram());
                    for (String scope : List.of(TextSimilarity.WHOLE, TextSimilarity.SECTION_5)) {
                        add(facts, mine.compare(scope, theirs, TextSimilarity.PREVIOUS, true));
                    }
                }
            }
        }
        Integer id = ids.get(r.file());
        if (texts && id != null) {
            String key = Agencies.key(r.agency());
            for (PeerIndex.Link l : links.getOrDefault(id, List.of())) {
                if (mine == null) mine = own(r);
                Path file = files.get(l.other());
                Narrative theirs = (parsed == null ? Optional.<Narrative>empty()
                        : parsed.narrative(file.toString(), config.ngram()))
                        .orElseGet(() -> Narrative.of(parse.apply(file), config.ngram()));
                boolean same = key != null && key.equals(Agencies.key(theirs.text().agency()));
                for (String scope : List.of(TextSimilarity.WHOLE, TextSimilarity.SECTION_5)) {
                    add(facts, mine.compare(scope, theirs, TextSimilarity.PEER, same));
                }
            }
        }
        Comparison comparison = new Comparison(match == null ? null : match.previous(),
                match == null ? null : match.unmatched(), comparesPeers() && texts ? files.size() - 1 : 0);
        return new Context(List.copyOf(facts), comparison);
    }

    /** The report's own narrative: as the reading pass made it when the batch holds it, else made now. */
    private Narrative own(Report r) {
        Narrative held = parsed == null ? null : parsed.heldNarrative(r.file());
        return held != null ? held : Narrative.of(r, config.ngram());
    }

    private static void add(List<Object> facts, TextSimilarity s) {
        if (s != null) facts.add(s);
    }

    /** For tests: the batch's report ids linked to {@code file}'s. */
    List<String> peersOf(String file) {
        Integer id = ids.get(file);
        if (id == null) return List.of();
        return links.getOrDefault(id, List.of()).stream().map(l -> files.get(l.other()).toString())
                .filter(Objects::nonNull).toList();
    }
}
