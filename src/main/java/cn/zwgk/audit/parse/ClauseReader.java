package cn.zwgk.audit.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims of one sentence clause by clause with the words of claims.yaml's {@code lexicon}: each number with
 * its unit is classified by the cue nearest to it, and each negated clause by the cues within the negation's scope.
 * What each word means is the office's (claims.yaml); this class only knows how words stand next to each other.
 */
final class ClauseReader {

    /** A claim found in a sentence: {@code start}/{@code end} index the sentence as given. */
    record Found(String metric, long value, String unit, int start, int end, boolean otherYear) {}

    /** A cue word found in the sentence. */
    private record Cue(String word, int start, int end) {}

    /** What may stand between a number and a cue right after it: "13件申请予以公开", "2件的". */
    private static final String AFTER_NUMBER = "申请的";

    private final Lexicon lex;
    private final Pattern number;
    /** The lexicon's cues by their first character (indexes into {@code lex.cues()}). */
    private final Map<Character, int[]> cuesByFirst = new HashMap<>();
    /** The keys of {@code cuesByFirst}: most characters of a sentence start no cue, and need no boxed look-up. */
    private final CharSet cueStarts;
    /** The first characters of the negators and not-negators: most positions of a clause start neither. */
    private final CharSet negationStarts;

    ClauseReader(Lexicon lex) {
        this.lex = lex;
        for (int k = 0; k < lex.cues().size(); k++) {
            String w = lex.cues().get(k);
            if (w.isEmpty()) continue;
            int[] before = cuesByFirst.getOrDefault(w.charAt(0), new int[0]);
            int[] with = java.util.Arrays.copyOf(before, before.length + 1);
            with[before.length] = k;
            cuesByFirst.put(w.charAt(0), with);
        }
        StringBuilder starts = new StringBuilder();
        for (char c : cuesByFirst.keySet()) starts.append(c);
        cueStarts = CharSet.of(starts);
        starts.setLength(0);
        for (List<String> words : List.of(lex.negators(), lex.notNegators())) {
            for (String w : words) if (!w.isEmpty()) starts.append(w.charAt(0));
        }
        negationStarts = CharSet.of(starts);
        String units = String.join("|", lex.units().stream().map(Pattern::quote).toList());
        this.number = lex.units().isEmpty() ? null
                : Pattern.compile("(?<![\\d.第])(\\d{1,15}(?:\\.\\d+)?)(" + units + ")");
    }

    /**
     * @param otherYear whether a position of the sentence is placed in another year than the report's
     * @param approximate whether the number at [start, end) is written approximately
     */
    List<Found> read(String s, int section, IntPredicate otherYear, Approximate approximate) {
        if (lex.counts().isEmpty() && lex.negated().isEmpty()) return List.of();
        List<int[]> clauses = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || clauseEnd(s.charAt(i))) {
                if (i > from) clauses.add(new int[] {from, i});
                from = i + 1;
            }
        }
        List<List<Cue>> cues = byClause(cues(s), clauses);
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < clauses.size(); k++) {
            clause(s, clauses.get(k)[0], clauses.get(k)[1], section, cues.get(k), otherYear, approximate, out);
        }
        return out;
    }

    /**
     * The cues inside each clause, in their order: a number is classified by the cues of its own clause only, so a
     * sentence of many clauses costs no more than its length.
     */
    private static List<List<Cue>> byClause(List<Cue> cues, List<int[]> clauses) {
        List<List<Cue>> out = new ArrayList<>(clauses.size());
        for (int k = 0; k < clauses.size(); k++) out.add(new ArrayList<>(0));
        for (Cue c : cues) {
            int lo = 0, hi = clauses.size() - 1, k = -1;   // the last clause starting at or before the cue
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (clauses.get(mid)[0] <= c.start()) {
                    k = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (k >= 0 && c.end() <= clauses.get(k)[1]) out.get(k).add(c);
        }
        return out;
    }

    /** , ; and : end a clause (full-width forms are normalised to these). */
    private static boolean clauseEnd(char c) {
        return c == ',' || c == ';' || c == ':';
    }

    interface Approximate {
        boolean test(String s, int start, int end);
    }

    private void clause(String s, int from, int to, int section, List<Cue> cues, IntPredicate otherYear,
                        Approximate approximate, List<Found> out) {
        if (number != null && hasDigit(s, from, to)) {   // the number pattern's \d: no digit, no number
            Matcher m = number.matcher(s).region(from, to);
            int owned = from;   // a number owns the words since the previous number of the clause
            while (m.find()) {
                int start = m.start(1);
                if (approximate.test(s, start, m.end(1))) {
                    owned = m.end();
                    continue;
                }
                int used = count(s, from, to, owned, m, section, cues, otherYear, out);
                owned = Math.max(m.end(), used);
            }
        }
        negations(s, from, to, section, cues, otherYear, out);
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
        return false;
    }

    /** Classifies one number; returns the end of the cue after it when that cue was used. */
    private int count(String s, int clauseFrom, int clauseTo, int owned, Matcher m, int section, List<Cue> cues,
                      IntPredicate otherYear, List<Found> out) {
        int start = m.start(1), end = m.end();
        String unitWord = m.group(2);
        List<Cue> candidates = new ArrayList<>();
        // a cue right after the number ("13件予以公开")
        int after = end;
        while (after < clauseTo && after - end < 3 && AFTER_NUMBER.indexOf(s.charAt(after)) >= 0) after++;
        for (int a = end; a <= after; a++) {
            Cue best = null;
            for (Cue c : cues) if (c.start() == a && c.end() <= clauseTo && (best == null || c.end() > best.end())) best = c;
            if (best != null) {
                candidates.add(best);
                break;
            }
        }
        int rightCues = candidates.size();
        List<Cue> left = new ArrayList<>();
        for (Cue c : cues) if (c.start() >= owned && c.end() <= start) left.add(c);
        left.sort(Comparator.comparingInt(Cue::end).reversed().thenComparing(Comparator.comparingInt(
                (Cue c) -> c.word().length()).reversed()));
        candidates.addAll(left);
        for (int k = 0; k < candidates.size(); k++) {
            Cue c = candidates.get(k);
            boolean right = k < rightCues;
            if (lex.ignore().contains(c.word())) return end;   // "延期答复2件": a count no cell holds
            int phraseFrom = right ? start : c.start();
            int phraseTo = right ? c.end() : end;
            for (Lexicon.Entry e : lex.byCue().getOrDefault(c.word(), List.of())) {
                if (!e.sections().contains(section) || !e.units().contains(unitWord)) continue;
                if (!right && start - c.end() > e.gap()) continue;
                if (!e.needs().isEmpty() && !containsAny(s, clauseFrom, Math.max(end, phraseTo), e.needs())) continue;
                if (!e.topic().isEmpty() && !containsAny(s, 0, s.length(), e.topic())) continue;
                if (containsAny(s, Math.min(owned, phraseFrom), phraseTo, e.excludes())) continue;
                if (!e.otherTopics().isEmpty()
                        && containsAny(s, lastStart(s, start, e.topic(), 0), start, e.otherTopics())) continue;
                boolean elsewhen = otherYear.test(Math.min(phraseFrom, c.start()));
                String metric = e.metric();
                if (!right) {
                    String joined = joinedMetric(s, owned, c, cues);
                    if (joined != null) {
                        String both = joined + "+" + metric;
                        if (!lex.combined().contains(both)) return end;   // never the last category alone
                        metric = both;
                        phraseFrom = joinedStart(s, owned, c, cues);
                    }
                }
                Long value = value(m.group(1), e.multiplier());
                String unit = e.unit();
                if (value == null) {
                    value = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(e.multiplier())).movePointRight(2)
                            .setScale(0, RoundingMode.HALF_UP).longValue();
                    unit = "分";
                }
                out.add(new Found(metric, value, unit, phraseFrom, phraseTo, elsewhen));
                return right ? c.end() : end;
            }
        }
        return end;
    }

    /** The metric of a cue joined to {@code c} by a joiner ("予以公开及部分公开"), or null. */
    private String joinedMetric(String s, int owned, Cue c, List<Cue> cues) {
        Cue first = joined(s, owned, c, cues);
        if (first == null) return null;
        List<Lexicon.Entry> es = lex.byCue().get(first.word());
        return es == null || es.isEmpty() ? null : es.get(0).metric();
    }

    private int joinedStart(String s, int owned, Cue c, List<Cue> cues) {
        Cue first = joined(s, owned, c, cues);
        return first == null ? c.start() : first.start();
    }

    private Cue joined(String s, int owned, Cue c, List<Cue> cues) {
        for (String j : lex.joiners()) {
            int js = c.start() - j.length();
            if (js < owned || !s.startsWith(j, js)) continue;
            Cue best = null;
            for (Cue o : cues) {
                if (o.end() == js && o.start() >= owned && (best == null || o.word().length() > best.word().length())) best = o;
            }
            if (best != null && lex.byCue().containsKey(best.word())) return best;
        }
        return null;
    }

    private static Long value(String digits, long multiplier) {
        BigDecimal v = new BigDecimal(digits).multiply(BigDecimal.valueOf(multiplier));
        return v.stripTrailingZeros().scale() <= 0 ? v.longValueExact() : null;
    }

    /**
     * The longest a negation's scope runs: real ones are a few words ("未收到政府信息公开申请、行政复议和行政诉讼"); a
     * clause of a hundred thousand "未收到" read each one's scope to the clause's end, for minutes.
     */
    private static final int NEGATION_SCOPE = 200;

    /**
     * "None" statements: each negator's scope runs to the end of the clause (or the next number), at most
     * {@link #NEGATION_SCOPE} characters.
     */
    private void negations(String s, int from, int to, int section, List<Cue> cues, IntPredicate otherYear,
                           List<Found> out) {
        if (lex.negated().isEmpty()) return;
        Set<String> stated = new HashSet<>();
        for (int i = from; i < to; i++) {
            if (!negationStarts.contains(s.charAt(i))) continue;
            String not = startsWithAny(s, i, lex.notNegators());
            if (not != null) {
                i += not.length() - 1;
                continue;
            }
            String neg = startsWithAny(s, i, lex.negators());
            if (neg == null) continue;
            int scopeFrom = i + neg.length();
            int scopeTo = scopeFrom;
            while (scopeTo < to && scopeTo - scopeFrom < NEGATION_SCOPE && !Character.isDigit(s.charAt(scopeTo))) {
                scopeTo++;
            }
            if (containsAny(s, scopeFrom, scopeTo, lex.shifts())) {
                i = scopeFrom - 1;
                continue;
            }
            for (Lexicon.Entry e : lex.negated()) {
                if (!e.sections().contains(section) || stated.contains(e.metric())) continue;
                int end = scopeFrom;
                if (!e.words().isEmpty()) {
                    int w = firstEnd(s, scopeFrom, scopeTo, e.words());
                    if (w < 0) continue;
                    end = Math.max(end, w);
                }
                if (!e.needs().isEmpty()) {
                    int n = firstEnd(s, scopeFrom, scopeTo, e.needs());
                    if (n < 0) continue;
                    end = Math.max(end, n);
                }
                if (containsAny(s, scopeFrom, scopeTo, e.excludes())) continue;
                stated.add(e.metric());
                out.add(new Found(e.metric(), 0, e.unit(), i, end, otherYear.test(i)));
            }
            i = scopeFrom - 1;
        }
    }

    /**
     * Every cue of the lexicon found in the sentence, in the lexicon's order and then by position (the order callers
     * break ties by). One pass over the sentence, trying only the cues that start with each character.
     */
    private List<Cue> cues(String s) {
        List<String> words = lex.cues();
        List<long[]> hits = new ArrayList<>();
        for (int at = 0; at < s.length(); at++) {
            if (!cueStarts.contains(s.charAt(at))) continue;
            int[] candidates = cuesByFirst.get(s.charAt(at));
            for (int k : candidates) if (s.startsWith(words.get(k), at)) hits.add(new long[] {k, at});
        }
        hits.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<Cue> found = new ArrayList<>(hits.size());
        for (long[] h : hits) {
            String w = words.get((int) h[0]);
            found.add(new Cue(w, (int) h[1], (int) h[1] + w.length()));
        }
        return found;
    }

    private static String startsWithAny(String s, int at, List<String> words) {
        for (String w : words) if (s.startsWith(w, at)) return w;
        return null;
    }

    private static boolean containsAny(String s, int from, int to, List<String> words) {
        if (from >= to) return false;
        String region = s.substring(from, to);
        for (String w : words) if (region.contains(w)) return true;
        return false;
    }

    /** Where the last of the words starts before {@code before}, or {@code otherwise}. */
    private static int lastStart(String s, int before, List<String> words, int otherwise) {
        int best = -1;
        for (String w : words) {
            int at = s.lastIndexOf(w, before - w.length());
            if (at > best) best = at;
        }
        return best < 0 ? otherwise : best;
    }

    /** The end of the first occurrence of any of the words in [from, to), or -1. */
    private static int firstEnd(String s, int from, int to, List<String> words) {
        if (from >= to) return -1;
        String region = s.substring(from, to);
        int best = -1;
        for (String w : words) {
            int at = region.indexOf(w);
            if (at >= 0 && (best < 0 || from + at + w.length() < best)) best = from + at + w.length();
        }
        return best;
    }
}
