package cn.zwgk.audit.compare;

import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.TextSimilarity;

import java.util.List;
import java.util.Set;

/**
 * The texts of one report that are compared, and whose they are ({@link ReportText}): the whole narrative (the six
 * sections' text, tables left out) and section 五, each as printed, folded and as n-grams; their sentences are folded
 * when first compared, once however many reports this one is compared with. Thread-safe: a narrative the batch holds
 * ({@link ParsedReports}) is compared by any audit thread.
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

        synchronized List<Passages.Sentence> sentences() {
            if (sentences == null) sentences = Passages.of(raw);
            return sentences;
        }

        synchronized Set<String> folded() {
            if (folded == null) folded = Passages.folded(sentences());
            return folded;
        }
    }

    private final ReportText text;
    private final Text whole;
    private final Text section5;

    private Narrative(ReportText text, int ngram) {
        this.text = text;
        this.whole = new Text(text.whole(), ngram);
        this.section5 = new Text(text.section5(), ngram);
    }

    static Narrative of(Report r, int ngram) {
        return of(ReportText.of(r), ngram);
    }

    static Narrative of(ReportText t, int ngram) {
        return new Narrative(t, ngram);
    }

    /** Two texts of no report (for measuring). */
    static Narrative of(String whole, String section5, int ngram) {
        return of(new ReportText(null, null, null, whole, section5), ngram);
    }

    /** The report's file, agency, year and texts as printed. */
    ReportText text() {
        return text;
    }

    /**
     * Its heap once its sentences are folded, estimated from above: each text as printed, again in its sentences and
     * their folded forms (two bytes a character each, and the set of them), and four bytes an n-gram. Measured on
     * average: a seed's 19 KB (24 by this), the real PDF's 10 KB (13), the real openings' 5 KB (6).
     */
    long weight() {
        long chars = text.whole().length() + text.section5().length();
        return 512 + 10 * chars + 4L * (whole.grams.hashes().length + section5.grams.hashes().length);
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
     * @param other the other report's narrative, which names its file, agency and year
     */
    TextSimilarity compare(String scope, Narrative other, String against, boolean sameAgency) {
        ReportText whose = other.text;
        Text mine = text(scope), theirs = other.text(scope);
        Shingles a = mine.grams, b = theirs.grams;
        if (a.isEmpty() || b.isEmpty()) return null;
        Passages.Repeated rep = Passages.repeated(mine.sentences(), theirs.folded());
        return new TextSimilarity(against, scope, whose.file(), whose.agency(), whose.year(),
                sameAgency, a.jaccard(b), Math.min(a.chars(), b.chars()), rep.count(), rep.quoted());
    }
}
