package cn.zwgk.audit.compare;

import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.TextSimilarity;

import java.util.List;
import java.util.Set;

/**
 * The texts of one report that are compared: the whole narrative (the six sections' text, tables left out) and
 * section 五, each as printed, folded and as n-grams; their sentences are folded when first compared, once however
 * many reports this one is compared with. Not thread-safe: one comparing thread owns it.
 */
final class Narrative {

    /** One compared text: as printed, its n-grams, and its sentences, folded when first asked for. */
    private static final class Text {
        final String raw;
        final Shingles grams;
        private List<Passages.Sentence> sentences;
        private Set<String> folded;

        Text(String raw, int ngram) {
            this.raw = raw;
            this.grams = Shingles.of(CopyText.of(raw), ngram);
        }

        List<Passages.Sentence> sentences() {
            if (sentences == null) sentences = Passages.of(raw);
            return sentences;
        }

        Set<String> folded() {
            if (folded == null) folded = Passages.folded(sentences());
            return folded;
        }
    }

    private final Text whole;
    private final Text section5;

    private Narrative(Text whole, Text section5) {
        this.whole = whole;
        this.section5 = section5;
    }

    static Narrative of(Report r, int ngram) {
        return of(ReportText.of(r), ngram);
    }

    static Narrative of(ReportText t, int ngram) {
        return of(t.whole(), t.section5(), ngram);
    }

    static Narrative of(String whole, String section5, int ngram) {
        return new Narrative(new Text(whole, ngram), new Text(section5, ngram));
    }

    String whole() {
        return whole.raw;
    }

    Shingles wholeGrams() {
        return whole.grams;
    }

    String section5() {
        return section5.raw;
    }

    Shingles section5Grams() {
        return section5.grams;
    }

    private Text text(String scope) {
        return TextSimilarity.SECTION_5.equals(scope) ? section5 : whole;
    }

    /**
     * How much of this report's {@code scope} the other report repeats; null when either text is empty.
     *
     * @param other the other report's narrative
     * @param whose the other report's file, agency and year (its texts are {@code other}'s)
     */
    TextSimilarity compare(String scope, Narrative other, String against, ReportText whose, boolean sameAgency) {
        Text mine = text(scope), theirs = other.text(scope);
        Shingles a = mine.grams, b = theirs.grams;
        if (a.isEmpty() || b.isEmpty()) return null;
        Passages.Repeated rep = Passages.repeated(mine.sentences(), theirs.folded());
        return new TextSimilarity(against, scope, whose.file(), whose.agency(), whose.year(),
                sameAgency, a.jaccard(b), Math.min(a.chars(), b.chars()), rep.count(), rep.quoted());
    }
}
