package cn.zwgk.audit.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeerIndexTest {

    /** Keeping the best links as they come gives what sorting all of them (stably) and cutting would: ties included. */
    @Test
    void theLinksKeptAreTheBestOfAllInTheirOrder() {
        Random random = new Random(15);
        for (int round = 0; round < 2_000; round++) {
            int n = random.nextInt(12);
            List<PeerIndex.Link> all = new ArrayList<>();
            List<PeerIndex.Link> kept = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // few distinct estimates, so that ties are common
                PeerIndex.Link link = new PeerIndex.Link(i, (1 + random.nextInt(4)) / 8.0);
                all.add(link);
                PeerIndex.keep(kept, link);
            }
            List<PeerIndex.Link> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparingDouble(PeerIndex.Link::estimate).reversed());
            assertEquals(sorted.subList(0, Math.min(PeerIndex.MAX_LINKS, sorted.size())), kept, all.toString());
        }
    }

    /**
     * Skipping the pairs whose whole texts agree on the first band changes nothing: the links are those of comparing
     * each pair in the first band it shares, found by looking back over its earlier bands (the plain way). Families of
     * near-copies with a few values each, so that bands agree often, buckets pass their cap and some texts lack a
     * signature.
     */
    @Test
    void theLinksAreThoseOfLookingBackOverEveryPairsEarlierBands() {
        Random random = new Random(16);
        int size = 64;
        int linked = 0;
        for (int round = 0; round < 150; round++) {
            int n = 2 + random.nextInt(round < 120 ? 60 : 400);
            int[][] families = new int[1 + random.nextInt(6)][size];
            for (int[] f : families) for (int i = 0; i < size; i++) f[i] = random.nextInt(3);
            List<PeerIndex.Print> prints = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                int f = random.nextInt(families.length);
                int[] whole = random.nextDouble() < 0.1 ? null : varied(families[f], random.nextDouble() / 2, random);
                int[] five = random.nextDouble() < 0.3 ? null : varied(families[(f + 1) % families.length], random.nextDouble() / 2, random);
                prints.add(new PeerIndex.Print(p, null, whole, five));
            }
            Map<Integer, List<PeerIndex.Link>> links = PeerIndex.links(prints, 0.5, 0.3, size);
            assertEquals(lookingBack(prints, PeerIndex.rows(size, 0.5), 0.3, size), links, "round " + round);
            linked += links.size();
        }
        assertTrue(linked > 5_000, "the rounds link reports: " + linked);
    }

    private static int[] varied(int[] family, double share, Random random) {
        int[] s = family.clone();
        for (int i = 0; i < s.length; i++) if (random.nextDouble() < share) s[i] = 3 + random.nextInt(3);
        return s;
    }

    private static Map<Integer, List<PeerIndex.Link>> lookingBack(List<PeerIndex.Print> prints, int rows, double floor, int size) {
        Map<Integer, List<PeerIndex.Link>> links = new HashMap<>();
        for (int scope = 0; scope < 2; scope++) {
            for (int b = 0; b < size / rows; b++) {
                Map<Long, List<PeerIndex.Print>> buckets = new HashMap<>();
                for (PeerIndex.Print p : prints) {
                    int[] sig = scope == 0 ? p.whole() : p.section5();
                    if (sig == null) continue;
                    long h = b;
                    for (int i = b * rows; i < (b + 1) * rows; i++) h = h * 0x9E3779B97F4A7C15L + sig[i];
                    buckets.computeIfAbsent(h, k -> new ArrayList<>()).add(p);
                }
                for (List<PeerIndex.Print> bucket : buckets.values()) {
                    for (int i = 0; i < Math.min(bucket.size(), 100); i++) {
                        for (int j = i + 1; j < bucket.size(); j++) {
                            PeerIndex.Print x = bucket.get(i), y = bucket.get(j);
                            if (sharedBefore(x, y, scope, b, rows)) continue;
                            double est = Math.max(estimate(x.whole(), y.whole()), estimate(x.section5(), y.section5()));
                            if (est < floor) continue;
                            PeerIndex.keep(links.computeIfAbsent(x.id(), k -> new ArrayList<>()), new PeerIndex.Link(y.id(), est));
                            PeerIndex.keep(links.computeIfAbsent(y.id(), k -> new ArrayList<>()), new PeerIndex.Link(x.id(), est));
                        }
                    }
                }
            }
        }
        return links;
    }

    private static boolean sharedBefore(PeerIndex.Print x, PeerIndex.Print y, int scope, int band, int rows) {
        for (int s = 0; s <= scope; s++) {
            int[] a = s == 0 ? x.whole() : x.section5(), c = s == 0 ? y.whole() : y.section5();
            if (a == null || c == null) continue;
            for (int b = 0; b < (s < scope ? a.length / rows : band); b++) {
                if (Arrays.equals(a, b * rows, (b + 1) * rows, c, b * rows, (b + 1) * rows)) return true;
            }
        }
        return false;
    }

    private static double estimate(int[] a, int[] b) {
        return a == null || b == null ? 0 : MinHash.estimate(a, b);
    }
}
