package cn.zwgk.audit.compare;

import java.util.Arrays;

/**
 * The distinct character n-grams of a folded text ({@link CopyText}), as sorted 32-bit hashes.
 *
 * @param hashes sorted, distinct
 * @param chars  length of the folded text
 */
record Shingles(int[] hashes, int chars) {

    static final Shingles EMPTY = new Shingles(new int[0], 0);

    static Shingles of(String folded, int n) {
        if (folded.length() < n) {
            return folded.isEmpty() ? EMPTY : new Shingles(new int[] {folded.hashCode()}, folded.length());
        }
        int[] h = new int[folded.length() - n + 1];
        for (int i = 0; i < h.length; i++) {
            int x = 0;
            for (int j = i; j < i + n; j++) x = 31 * x + folded.charAt(j);
            h[i] = mix(x);
        }
        Arrays.sort(h);
        int m = 0;
        for (int i = 0; i < h.length; i++) if (i == 0 || h[i] != h[i - 1]) h[m++] = h[i];
        return new Shingles(Arrays.copyOf(h, m), folded.length());
    }

    /** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
    double jaccard(Shingles o) {
        int[] a = hashes, b = o.hashes;
        if (a.length == 0 || b.length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    boolean isEmpty() {
        return hashes.length == 0;
    }

    /** A 32-bit finaliser (murmur3's), so that n-grams of similar characters spread over the whole range. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
