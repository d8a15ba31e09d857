package cn.zwgk.audit.compare;

import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.TextSimilarity;

import java.util.Set;

/**
 * The texts of one report that are compared: the whole narrative (the six sections' text, tables left out) and
 * section 五, each as printed, folded and as n-grams.
 */
record Narrative(String whole, Shingles wholeGrams, String section5, Shingles section5Grams) {

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

    String text(String scope) {
        return TextSimilarity.SECTION_5.equals(scope) ? section5 : whole;
    }

    Shingles grams(String scope) {
        return TextSimilarity.SECTION_5.equals(scope) ? section5Grams : wholeGrams;
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
        Set<String> theirs = Passages.folded(other.text(scope));
        Passages.Repeated rep = Passages.repeated(text(scope), theirs);
        return new TextSimilarity(against, scope, whose.file(), whose.agency(), whose.year(),
                sameAgency, a.jaccard(b), Math.min(a.chars(), b.chars()), rep.count(), rep.quoted());
    }
}
