package cn.zwgk.audit.compare;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.TextSimilarity;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.pipeline.Auditor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the similarity distribution of real report pairs (run by hand:
 * {@code java -cp target/classes:target/test-classes:target/lib/* cn.zwgk.audit.compare.SimilarityMeasure [ngram]}).
 * The numbers in docs and in rules/similarity.yaml come from here; {@link RealPairsTest} keeps them true.
 */
public final class SimilarityMeasure {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ReportParser parser = ReportParser.fromRules(Fixtures.RULES);
        List<Report> full = new ArrayList<>();
        for (Path p : RealPairs.fullReports()) full.add(Auditor.parse(parser, p));
        List<Report> openings = new ArrayList<>();
        for (Path p : RealPairs.openings()) openings.add(Auditor.parse(parser, p));
        System.out.println("ngram " + n + "; full reports " + full.size() + ", openings " + openings.size());
        report("full reports, whole narrative", full, TextSimilarity.WHOLE, n);
        report("full reports, section 五", full, TextSimilarity.SECTION_5, n);
        copies(full, n);
        List<Report> all = new ArrayList<>(openings);
        all.addAll(full);
        List<Narrative> texts = new ArrayList<>(openings.stream().map(r -> Narrative.of(r, n)).toList());
        for (Report r : full) texts.add(RealPairs.opening(Narrative.of(r, n), n));
        report("openings (+ full reports cut to an opening's length), whole narrative", all, texts,
                TextSimilarity.WHOLE, n);
    }

    private static void report(String title, List<Report> reports, String scope, int n) {
        report(title, reports, reports.stream().map(r -> Narrative.of(r, n)).toList(), scope, n);
    }

    private static void report(String title, List<Report> reports, List<Narrative> texts, String scope, int n) {
        List<double[]> diff = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int[] hist = new int[20];
        int pairs = 0;
        double max = 0;
        String maxPair = "";
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                TextSimilarity s = texts.get(i).compare(scope, texts.get(j), "x", false);
                if (s == null) continue;
                boolean same = RealPairs.sameAgency(reports.get(i).file(), reports.get(j).file());
                if (same) {
                    lines.add(String.format("  same agency: %s ~ %s  J=%.3f chars=%d repeated=%d", name(reports.get(i)),
                            name(reports.get(j)), s.similarity(), s.chars(), s.repeated()));
                    continue;
                }
                pairs++;
                hist[Math.min(19, (int) (s.similarity() * 20))]++;
                if (s.similarity() > max) {
                    max = s.similarity();
                    maxPair = name(reports.get(i)) + " ~ " + name(reports.get(j)) + " chars=" + s.chars();
                }
                diff.add(new double[] {s.similarity()});
            }
        }
        System.out.println("== " + title + ": " + pairs + " different-agency pairs");
        for (int b = 0; b < 20; b++) if (hist[b] > 0) System.out.printf("  [%.2f,%.2f) %d%n", b / 20.0, (b + 1) / 20.0, hist[b]);
        double[] sorted = diff.stream().mapToDouble(d -> d[0]).sorted().toArray();
        if (sorted.length > 0) {
            System.out.printf("  median %.3f, p99 %.3f, max %.3f (%s)%n", sorted[sorted.length / 2],
                    sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))], max, maxPair);
        }
        lines.forEach(System.out::println);
    }

    /**
     * What a copy scores: each whole report against itself with a share of its sentences replaced by sentences of
     * the other reports (the numbers do not count: they are folded away).
     */
    private static void copies(List<Report> full, int n) {
        System.out.println("== copies: a report against itself with a share of its sentences rewritten (min/mean)");
        for (double f : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}) {
            double min = 1, sum = 0;
            for (int i = 0; i < full.size(); i++) {
                Narrative orig = Narrative.of(full.get(i), n);
                List<String> mine = Passages.sentences(orig.whole());
                List<String> other = Passages.sentences(Narrative.of(full.get((i + 1) % full.size()), n).whole());
                StringBuilder b = new StringBuilder();
                java.util.Random r = new java.util.Random(i);
                for (int k = 0; k < mine.size(); k++) {
                    b.append(r.nextDouble() < f ? other.get(k % other.size()) : mine.get(k)).append('。');
                }
                double j = orig.wholeGrams().jaccard(Narrative.of(b.toString(), "", n).wholeGrams());
                min = Math.min(min, j);
                sum += j;
            }
            System.out.printf("  %.0f%% rewritten: J min %.3f, mean %.3f%n", f * 100, min, sum / full.size());
        }
    }

    private static String name(Report r) {
        return Path.of(r.file()).getParent().getFileName() + "/" + Path.of(r.file()).getFileName();
    }
}
