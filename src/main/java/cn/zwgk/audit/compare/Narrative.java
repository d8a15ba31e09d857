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

    private final String whole;
    private final Shingles wholeGrams;
    private final String section5;
    private final Shingles section5Grams;
    private List<Passages.Sentence> wholeSentences;
    private List<Passages.Sentence> section5Sentences;
    private Set<String> wholeFolded;
    private Set<String> section5Folded;

    private Narrative(String whole, Shingles wholeGrams, String section5, Shingles section5Grams) {
        this.whole = whole;
        this.wholeGrams = wholeGrams;
        this.section5 = section5;
        this.section5Grams = section5Grams;
    }

    static Narrative of(Report r, int ngram) {
        return of(ReportText.of(r), ngram);
    }

    static Narrative of(ReportText t, int ngram) {
        return of(t.whole(), t.section5(), ngram);
    }

    static Narrative of(String whole, String section5, int ngram) {
        return new Narrative(whole, Shingles.of(CopyText.of(whole), ngram), section5,
                Shingles.of(CopyText.of(section5), ngram));
    }

    String whole() {
        return whole;
    }

    Shingles wholeGrams() {
        return wholeGrams;
    }

    String section5() {
        return section5;
    }

    Shingles section5Grams() {
        return section5Grams;
    }

    Shingles grams(String scope) {
        return TextSimilarity.SECTION_5.equals(scope) ? section5Grams : wholeGrams;
    }

    private List<Passages.Sentence> sentences(String scope) {
        if (TextSimilarity.SECTION_5.equals(scope)) {
            if (section5Sentences == null) section5Sentences = Passages.of(section5);
            return section5Sentences;
        }
        if (wholeSentences == null) wholeSentences = Passages.of(whole);
        return wholeSentences;
    }

    private Set<String> folded(String scope) {
        if (TextSimilarity.SECTION_5.equals(scope)) {
            if (section5Folded == null) section5Folded = Passages.folded(sentences(scope));
            return section5Folded;
        }
        if (wholeFolded == null) wholeFolded = Passages.folded(sentences(scope));
        return wholeFolded;
    }

    /**
     * How much of this report's {@code scope} the other report repeats; null when either text is empty.
     *
     * @param other the other report's narrative
     * @param whose the other report's file, agency and year (its texts are {@code other}'s)
     */
    TextSimilarity compare(String scope, Narrative other, String against, ReportText whose, boolean sameAgency) {
        Shingles a = grams(scope), b = other.grams(scope);
        if (a.isEmpty() || b.isEmpty()) return null;
        Passages.Repeated rep = Passages.repeated(sentences(scope), other.folded(scope));
        return new TextSimilarity(against, scope, whose.file(), whose.agency(), whose.year(),
                sameAgency, a.jaccard(b), Math.min(a.chars(), b.chars()), rep.count(), rep.quoted());
    }
}
