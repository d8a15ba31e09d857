package cn.zwgk.audit.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * claims.yaml's {@code lexicon}, normalised: the words that classify each number of a clause, and the negators whose
 * clause states that something did not happen. Read by {@link ClauseReader}.
 *
 * @param units every unit word some entry accepts, longest first ("万元" before "元")
 */
record Lexicon(List<String> negators, List<String> notNegators, List<String> shifts, List<String> joiners,
               Set<String> combined, Set<String> ignore, List<Entry> counts, List<Entry> negated,
               Map<String, List<Entry>> byCue, List<String> cues, List<String> units) {

    /** One entry: counts classify numbers, negated entries read "none" statements. */
    record Entry(String metric, String unit, List<String> units, long multiplier, List<String> words,
                 List<String> needs, List<String> topic, List<String> otherTopics, List<String> excludes, int gap,
                 Set<Integer> sections) {}

    static final Lexicon EMPTY = new Lexicon(List.of(), List.of(), List.of(), List.of(), Set.of(), Set.of(), List.of(),
            List.of(), Map.of(), List.of(), List.of());

    static Lexicon compile(ClaimRules.LexiconDef d, ParserConfig.Compiler cc) {
        if (d == null) return EMPTY;
        Set<Integer> defaultSections = d.sections() == null ? Set.of(0, 1, 2, 3, 4, 6) : Set.copyOf(d.sections());
        int defaultGap = d.gap() == null ? 24 : d.gap();
        List<Entry> counts = new ArrayList<>();
        List<Entry> negated = new ArrayList<>();
        Map<String, List<Entry>> byCue = new LinkedHashMap<>();
        Set<String> units = new LinkedHashSet<>();
        if (d.words() != null) for (ClaimRules.WordsDef w : d.words()) {
            if (w.metric() == null) {
                cc.problem("lexicon.words: 每一项须写明 metric");
                continue;
            }
            boolean neg = Boolean.TRUE.equals(w.negated());
            List<String> words = ParserConfig.normaliseWords(w.words());
            List<String> needs = ParserConfig.normaliseWords(w.needs());
            if (!neg && (words.isEmpty() || w.units() == null || w.units().isEmpty())) {
                cc.problem(w.metric(), "lexicon.words " + w.metric() + "：计数项须写明 words 和 units");
                continue;
            }
            if (neg && words.isEmpty() && needs.isEmpty()) {
                cc.problem(w.metric(), "lexicon.words " + w.metric() + "：否定项须写明 words 或 needs");
                continue;
            }
            List<String> u = ParserConfig.normaliseWords(w.units());
            Entry e = new Entry(w.metric(), w.unit() == null ? "件" : w.unit(), u,
                    w.multiplier() == null ? 1 : w.multiplier(), words, needs, ParserConfig.normaliseWords(w.topic()),
                    ParserConfig.normaliseWords(w.otherTopics()),
                    ParserConfig.normaliseWords(w.excludes()), w.gap() == null ? defaultGap : w.gap(),
                    w.sections() == null ? defaultSections : Set.copyOf(w.sections()));
            if (neg) negated.add(e);
            else {
                counts.add(e);
                units.addAll(u);
                for (String cue : words) byCue.computeIfAbsent(cue, k -> new ArrayList<>()).add(e);
            }
        }
        Set<String> ignore = new LinkedHashSet<>(ParserConfig.normaliseWords(d.ignore()));
        List<String> cues = new ArrayList<>(byCue.keySet());
        for (String i : ignore) if (!byCue.containsKey(i)) cues.add(i);
        List<String> unitList = new ArrayList<>(units);
        unitList.sort(Comparator.comparingInt(String::length).reversed());
        return new Lexicon(longestFirst(d.negators()), longestFirst(d.notNegators()),
                ParserConfig.normaliseWords(d.shifts()), longestFirst(d.joiners()),
                d.combined() == null ? Set.of() : Set.copyOf(d.combined()), Set.copyOf(ignore), List.copyOf(counts),
                List.copyOf(negated), Map.copyOf(byCue), List.copyOf(cues), List.copyOf(unitList));
    }

    /** Every metric the lexicon can state, combined ones included. */
    Set<String> metrics() {
        Set<String> m = new LinkedHashSet<>();
        counts.forEach(e -> m.add(e.metric()));
        negated.forEach(e -> m.add(e.metric()));
        m.addAll(combined);
        return m;
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> w = new ArrayList<>(ParserConfig.normaliseWords(words));
        w.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(w);
    }
}
