package cn.zwgk.audit.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the reports of a batch whose texts are alike without comparing all pairs: each text's MinHash signature is cut
 * into bands, reports sharing a band fall into one bucket, and only reports sharing a bucket are compared (locality
 * sensitive hashing). Bands and rows are chosen so that a pair at the lowest threshold becomes a candidate with
 * probability ≥ 99.5 % (at 128 positions and 0.5: 42 bands of 3 rows); an unrelated pair (0.05) becomes one with
 * probability 0.5 %, so candidates grow with the batch far slower than its pairs. No set of compared pairs is kept.
 */
final class PeerIndex {

    /** A report's signatures: the whole narrative and section 五 (null when too short to judge). */
    record Print(int id, String agencyKey, int[] whole, int[] section5) {}

    /** Another report whose text estimates at least the floor; {@code estimate} is the higher of both scopes. */
    record Link(int other, double estimate) {}

    /** Above this many members a bucket is compared with its first members only: they stand for all of them. */
    private static final int BUCKET_CAP = 100;
    /** Links kept per report, the most similar first. */
    static final int MAX_LINKS = 3;

    private PeerIndex() {}

    /**
     * @param threshold the lowest threshold of the rules: the bands are cut so that a pair this similar shares a bucket
     * @param floor     the lowest estimate worth a closer look (the threshold less the estimate's error)
     * @return for each report id with any, its links, most similar first
     */
    static Map<Integer, List<Link>> links(List<Print> prints, double threshold, double floor, int size) {
        int rows = rows(size, threshold);
        int bands = size / rows;
        Map<Integer, List<Link>> links = new HashMap<>();
        // which reports' whole texts agree on the first band: such a pair shares every later bucket it meets in too
        // (near-copies share nearly all), and is skipped there without looking back at its earlier bands
        int[] firstBand = new int[prints.size()];
        for (int scope = 0; scope < 2; scope++) {
            for (int b = 0; b < bands; b++) {
                Map<Long, List<Integer>> buckets = new HashMap<>();
                for (int p = 0; p < prints.size(); p++) {
                    int[] sig = signature(prints.get(p), scope);
                    if (sig == null) continue;
                    long h = b;
                    for (int i = b * rows; i < (b + 1) * rows; i++) h = h * 0x9E3779B97F4A7C15L + sig[i];
                    buckets.computeIfAbsent(h, k -> new ArrayList<>()).add(p);
                }
                boolean first = scope == 0 && b == 0;
                if (first) classify(prints, buckets.values(), rows, firstBand);
                for (List<Integer> bucket : buckets.values()) {
                    if (bucket.size() < 2) continue;
                    int[] members = bucket.stream().mapToInt(Integer::intValue).toArray();
                    int heads = Math.min(members.length, BUCKET_CAP);
                    for (int i = 0; i < heads; i++) {
                        Print x = prints.get(members[i]);
                        int agreed = firstBand[members[i]];
                        for (int j = i + 1; j < members.length; j++) {
                            if (!first && agreed != 0 && agreed == firstBand[members[j]]) continue;
                            Print y = prints.get(members[j]);
                            // a pair is compared once: in the first band (and scope) its signatures share
                            if (!first && sharedBefore(x, y, scope, b, rows)) continue;
                            compare(x, y, floor, links);
                        }
                    }
                }
            }
        }
        return links;
    }

    /**
     * Numbers the reports by the first band of their whole text's signature, 1 up (0: no signature): equal numbers,
     * equal rows. A bucket holds one hash of the rows; rows that differ under an equal hash get numbers of their own.
     */
    private static void classify(List<Print> prints, Iterable<List<Integer>> buckets, int rows, int[] firstBand) {
        int next = 1;
        for (List<Integer> bucket : buckets) {
            // the bucket's distinct rows in the order met, numbered from where the bucket starts
            int first = next;
            List<int[]> seen = new ArrayList<>(1);
            for (int p : bucket) {
                int[] sig = prints.get(p).whole();
                int k = 0;
                while (k < seen.size() && !Arrays.equals(seen.get(k), 0, rows, sig, 0, rows)) k++;
                if (k == seen.size()) {
                    seen.add(sig);
                    next++;
                }
                firstBand[p] = first + k;
            }
        }
    }

    private static int[] signature(Print p, int scope) {
        return scope == 0 ? p.whole() : p.section5();
    }

    /** Whether the two signatures agree on a whole band before band {@code band} of {@code scope}. */
    private static boolean sharedBefore(Print x, Print y, int scope, int band, int rows) {
        for (int s = 0; s <= scope; s++) {
            int[] a = signature(x, s), c = signature(y, s);
            if (a == null || c == null) continue;
            int bands = a.length / rows;
            for (int b = 0; b < (s < scope ? bands : band); b++) {
                boolean same = true;
                for (int i = b * rows; i < (b + 1) * rows && same; i++) same = a[i] == c[i];
                if (same) return true;
            }
        }
        return false;
    }

    private static void compare(Print a, Print b, double floor, Map<Integer, List<Link>> links) {
        double est = Math.max(estimate(a.whole(), b.whole()), estimate(a.section5(), b.section5()));
        if (est < floor) return;
        keep(links.computeIfAbsent(a.id(), k -> new ArrayList<>(MAX_LINKS)), new Link(b.id(), est));
        keep(links.computeIfAbsent(b.id(), k -> new ArrayList<>(MAX_LINKS)), new Link(a.id(), est));
    }

    /**
     * Keeps the {@link #MAX_LINKS} highest estimates as they come, the first found before a later equal one: the same
     * links, in the same order, as sorting all of them would give, without holding them all (a bucket of near-copies
     * finds hundreds per report).
     */
    static void keep(List<Link> kept, Link link) {
        int at = kept.size();
        while (at > 0 && kept.get(at - 1).estimate() < link.estimate()) at--;
        if (at >= MAX_LINKS) return;
        kept.add(at, link);
        if (kept.size() > MAX_LINKS) kept.remove(MAX_LINKS);
    }

    private static double estimate(int[] a, int[] b) {
        return a == null || b == null ? 0 : MinHash.estimate(a, b);
    }

    /** The most rows per band that still make a pair at {@code threshold} a candidate with probability ≥ 0.995. */
    static int rows(int size, double threshold) {
        int best = 1;
        for (int r = 1; r <= Math.min(16, size); r++) {
            int b = size / r;
            double p = 1 - Math.pow(1 - Math.pow(threshold, r), b);
            if (p >= 0.995) best = r;
        }
        return best;
    }
}
