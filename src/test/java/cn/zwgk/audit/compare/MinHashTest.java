package cn.zwgk.audit.compare;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MinHashTest {

    /** Each position is the least hash of the n-grams under that position's seed, as the signature is defined. */
    @Test
    void aSignatureIsTheLeastHashOfTheNgramsUnderEachSeed() {
        MinHash minHash = new MinHash(128);
        Shingles s = Shingles.of("本机关2024年共收到政府信息公开申请12件，均已按期答复。", 5);
        int[] sig = minHash.signature(s);
        int[] expected = new int[128];
        java.util.Arrays.fill(expected, Integer.MAX_VALUE);
        Random r = new Random(0x5EED_2026L);
        for (int i = 0; i < 128; i++) {
            int seed = r.nextInt() | 1;
            for (int h : s.hashes()) expected[i] = Math.min(expected[i], Shingles.mix(h * seed + i));
        }
        assertArrayEquals(expected, sig);
        assertEquals(1.0, MinHash.estimate(sig, minHash.signature(s)));
    }
}
