package cn.zwgk.audit.parse;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labels of one table, looked up by normalised key: exactly (including office-configured aliases), else by
 * Levenshtein similarity for typos such as "本年度止件数". Thread-safe; after its labels are added it changes only
 * by remembering fuzzy look-ups, which never changes a result.
 */
final class LabelIndex {

    enum Kind { ROW, COLUMN, GROUP, HEADER, BLOCK, OLD_ROW, OLD_COLUMN, OLD_BLOCK }

    /** A label: {@code key} is the canonical row/column key (null for headers and old labels without one). */
    record Entry(Kind kind, String key, String label, String labelKey) {
        boolean old() {
            return kind == Kind.OLD_ROW || kind == Kind.OLD_COLUMN || kind == Kind.OLD_BLOCK;
        }
    }

    /** A match: exact (or alias) when {@code exact}, else approximate with the given similarity. */
    record Hit(Entry entry, double similarity, boolean exact) {}

    private static final int MIN_FUZZY_LENGTH = 4;
    /**
     * Fuzzy look-ups compare a key with every label, and the same headings and labels recur in every report of a
     * batch, so their outcomes are remembered: keys up to a label's length, at most this many (then forgotten).
     */
    private static final int REMEMBERED = 4096, REMEMBERED_LENGTH = 64;
    private final Map<String, Optional<Hit>> fuzzyHits = new ConcurrentHashMap<>();

    private final Map<String, Entry> exact = new HashMap<>();
    private final List<Entry> fuzzy = new ArrayList<>();
    private final double threshold;

    LabelIndex(double threshold) {
        this.threshold = threshold;
    }

    void add(Kind kind, String key, String label, List<String> aliases) {
        Entry e = new Entry(kind, key, label, TextNormalizer.labelKeyOfRaw(label));
        exact.putIfAbsent(e.labelKey(), e);
        for (String alias : aliases) exact.putIfAbsent(TextNormalizer.labelKeyOfRaw(alias), e);
        if (!e.old() && kind != Kind.HEADER) fuzzy.add(e);
        fuzzyHits.clear();
    }

    Hit match(String normalised) {
        return matchKey(TextNormalizer.labelKey(normalised));
    }

    /** The row whose label is {@code key} with a number before it ("3.其他" for "其他"), or null. */
    Entry numberedRow(String key) {
        for (Entry e : fuzzy) {
            String label = e.labelKey();
            if (e.kind() == Kind.ROW && label.endsWith(key) && label.length() > key.length()
                    && label.substring(0, label.length() - key.length()).chars().allMatch(Character::isDigit)) return e;
        }
        return null;
    }

    /** Whether {@code key} is a piece of one of the labels (a label wrapped over two lines leaves such pieces). */
    boolean withinLabel(String key) {
        if (key.isEmpty()) return false;
        for (String label : exact.keySet()) if (label.contains(key)) return true;
        return false;
    }

    /** As {@link #match}, for a label key already made. */
    Hit matchKey(String key) {
        if (key.isEmpty()) return null;
        Entry e = exact.get(key);
        if (e != null) return new Hit(e, 1.0, true);
        if (key.length() < MIN_FUZZY_LENGTH) return null;
        if (key.length() > REMEMBERED_LENGTH) return fuzzy(key);
        Optional<Hit> known = fuzzyHits.get(key);
        if (known == null) {
            known = Optional.ofNullable(fuzzy(key));
            if (fuzzyHits.size() >= REMEMBERED) fuzzyHits.clear();
            fuzzyHits.put(key, known);
        }
        return known.orElse(null);
    }

    /** The most similar label at or above the threshold, or null. */
    private Hit fuzzy(String key) {
        Hit best = null;
        for (Entry candidate : fuzzy) {
            double sim = similarity(key, candidate.labelKey(), threshold);
            if (sim >= threshold && (best == null || sim > best.similarity())) best = new Hit(candidate, sim, false);
        }
        return best;
    }

    /**
     * Like {@link #match}, but first accepts a row or group label cut off by the end of the document
     * ("（二）部分公", "本年收费金额（单位：万"): such a label is not a variant wording, so it is reported as exact.
     */
    Hit matchCutOff(String normalised) {
        return matchCutOffKey(TextNormalizer.labelKey(normalised));
    }

    /** As {@link #matchCutOff}, for a label key already made. */
    Hit matchCutOffKey(String key) {
        if (key.length() >= 2 && exact.get(key) == null) {
            for (Entry e : fuzzy) if (e.labelKey().startsWith(key)) return new Hit(e, 1.0, true);
        }
        return matchKey(key);
    }

    /** 1 − edits / longer length, or 0 when below {@code min} (computed with a bounded Levenshtein). */
    static double similarity(String a, String b, double min) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) return 1.0;
        int maxEdits = (int) Math.floor((1.0 - min) * longer + 1e-9);
        if (Math.abs(a.length() - b.length()) > maxEdits) return 0;
        int d = new LevenshteinDistance(maxEdits).apply(a, b);
        return d < 0 ? 0 : 1.0 - (double) d / longer;
    }
}
