package cn.zwgk.audit.render.font;

import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * Deflates (a zlib stream, RFC 1950/1951, as a PDF's FlateDecode reads it) the font programs {@link GlyphSubset}
 * writes, with one Huffman code made once for the font from the byte frequencies of its outlines. A document's
 * program is then encoded by table look-up: none of a general compressor's work per document (searching for
 * repeats, counting, building trees).
 *
 * <p>Glyph outlines are coordinates and flags, which repeat little: coding each byte alone packs a letter's program
 * to some 85% of its size, where zlib's fastest level, for 20 times the CPU, reaches 73% (measured on the corpus;
 * README, "Benchmark").
 */
final class ProgramDeflater {

    private static final int END_OF_BLOCK = 256;
    private static final int MAX_CODE_LENGTH = 15;
    private static final int MAX_LENGTH_CODE_LENGTH = 7;
    /** The order the code-length code's own lengths are sent in (RFC 1951, 3.2.7). */
    private static final int[] LENGTH_CODE_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    /** Enough bytes of a large font to count its byte frequencies; a sample every few bytes counts the same. */
    private static final int SAMPLE = 1 << 16;

    /** Each literal's and the end of block's code, bit-reversed as deflate sends it, and its length in bits. */
    private final int[] code = new int[257];
    private final int[] codeLength = new int[257];
    /** The codes of two bytes (the first in the low byte of the index), joined: at most 30 bits. */
    private final int[] pairCode = new int[1 << 16];
    private final byte[] pairLength = new byte[1 << 16];
    /** The block's header (the codes' description), as (bits, length) pairs: the same for every document. */
    private final int[] header;

    /** A code for data like {@code sample} (a font's glyf table); any byte can still be coded. */
    ProgramDeflater(byte[] sample) {
        long[] frequency = new long[257];
        int step = Math.max(1, sample.length / SAMPLE);
        for (int i = 0; i < sample.length; i += step) frequency[sample[i] & 0xFF]++;
        for (int s = 0; s < frequency.length; s++) frequency[s] += 1; // every byte codable, however rare
        int[] lengths = lengths(frequency, MAX_CODE_LENGTH);
        System.arraycopy(lengths, 0, codeLength, 0, 257);
        int[] codes = canonical(lengths);
        for (int s = 0; s < 257; s++) code[s] = reverse(codes[s], lengths[s]);
        header = header(lengths);
        for (int p = 0; p < 1 << 16; p++) {
            int first = p & 0xFF;
            int second = p >>> 8;
            pairCode[p] = code[first] | code[second] << codeLength[first];
            pairLength[p] = (byte) (codeLength[first] + codeLength[second]);
        }
    }

    /** {@code data} as a zlib stream: one Huffman-coded block of literals. */
    byte[] deflate(byte[] data) {
        // room for the longest coding (15 bits a byte); cut to size at the end, as cheap as counting first
        byte[] out = new byte[2 + header.length + 2 * data.length + 8];
        out[0] = 0x78; // deflate, 32K window
        out[1] = 0x01; // fastest; 0x7801 is a multiple of 31 as the header check requires
        int at = 2;
        long pending = 0;
        int count = 0;
        for (int i = 0; i < header.length; i += 2) {
            pending |= (long) header[i] << count;
            count += header[i + 1];
            if (count >= 32) {
                at = word(out, at, pending);
                pending >>>= 32;
                count -= 32;
            }
        }
        // two bytes a step, their codes joined in one table: half the steps of a byte at a time
        int pairs = data.length & ~1;
        for (int i = 0; i < pairs; i += 2) {
            int p = (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8;
            pending |= (long) pairCode[p] << count;
            count += pairLength[p];
            if (count >= 32) {
                at = word(out, at, pending);
                pending >>>= 32;
                count -= 32;
            }
        }
        if (pairs < data.length) {
            int s = data[pairs] & 0xFF;
            pending |= (long) code[s] << count;
            count += codeLength[s];
        }
        pending |= (long) code[END_OF_BLOCK] << count;
        count += codeLength[END_OF_BLOCK];
        while (count > 0) {
            out[at++] = (byte) pending;
            pending >>>= 8;
            count -= 8;
        }
        Adler32 adler = new Adler32();
        adler.update(data);
        int sum = (int) adler.getValue();
        out[at++] = (byte) (sum >>> 24);
        out[at++] = (byte) (sum >>> 16);
        out[at++] = (byte) (sum >>> 8);
        out[at++] = (byte) sum;
        return Arrays.copyOf(out, at);
    }

    private static int word(byte[] out, int at, long bits) {
        out[at] = (byte) bits;
        out[at + 1] = (byte) (bits >>> 8);
        out[at + 2] = (byte) (bits >>> 16);
        out[at + 3] = (byte) (bits >>> 24);
        return at + 4;
    }

    /**
     * The block header: final, dynamic codes; 257 literal/length codes (the literals and the end of block), two
     * distance codes (never used, but a decoder may want a complete distance code: zlib sends the same), the
     * code-length code, then every code length coded with it.
     */
    private static int[] header(int[] literalLengths) {
        int[] lengths = Arrays.copyOf(literalLengths, 259);
        lengths[257] = 1;
        lengths[258] = 1;
        long[] frequency = new long[19];
        for (int l : lengths) frequency[l]++;
        int[] lengthCodeLengths = lengths(frequency, MAX_LENGTH_CODE_LENGTH);
        int[] lengthCodes = canonical(lengthCodeLengths);
        int sent = 19;
        while (sent > 4 && lengthCodeLengths[LENGTH_CODE_ORDER[sent - 1]] == 0) sent--;
        int[] out = new int[2 * (5 + sent + lengths.length)];
        int k = 0;
        out[k++] = 1; out[k++] = 1; // final block
        out[k++] = 2; out[k++] = 2; // dynamic Huffman codes
        out[k++] = 257 - 257; out[k++] = 5;
        out[k++] = 2 - 1; out[k++] = 5;
        out[k++] = sent - 4; out[k++] = 4;
        for (int i = 0; i < sent; i++) {
            out[k++] = lengthCodeLengths[LENGTH_CODE_ORDER[i]];
            out[k++] = 3;
        }
        for (int l : lengths) {
            out[k++] = reverse(lengthCodes[l], lengthCodeLengths[l]);
            out[k++] = lengthCodeLengths[l];
        }
        return out;
    }

    /**
     * Huffman code lengths for these frequencies, none longer than {@code limit}: where the optimal code is longer,
     * the frequencies are flattened (halved, kept above zero) until it is not.
     */
    static int[] lengths(long[] frequency, int limit) {
        long[] f = frequency.clone();
        while (true) {
            int[] lengths = huffman(f);
            int longest = 0;
            for (int l : lengths) longest = Math.max(longest, l);
            if (longest <= limit) return lengths;
            for (int s = 0; s < f.length; s++) if (f[s] > 0) f[s] = (f[s] >> 1) | 1;
        }
    }

    /**
     * Optimal code lengths; symbols of frequency 0 get none, a lone symbol one bit. Leaves sorted by weight, and the
     * merged nodes, made in order of weight, form two queues the two lightest are taken from (no heap, no boxing:
     * this runs at start-up, before the JIT has compiled anything).
     */
    private static int[] huffman(long[] frequency) {
        int n = frequency.length;
        long[] leaves = new long[n];
        int count = 0;
        for (int s = 0; s < n; s++) if (frequency[s] > 0) leaves[count++] = frequency[s] << 9 | s;
        int[] lengths = new int[n];
        if (count == 1) lengths[(int) (leaves[0] & 0x1FF)] = 1;
        if (count <= 1) return lengths;
        Arrays.sort(leaves, 0, count);
        // nodes 0..count-1 are the leaves in order, count.. the merged ones
        long[] weight = new long[2 * count - 1];
        int[] parent = new int[2 * count - 1];
        for (int i = 0; i < count; i++) weight[i] = leaves[i] >>> 9;
        int leaf = 0;
        int merged = count;
        for (int next = count; next < 2 * count - 1; next++) {
            int a = leaf < count && (merged >= next || weight[leaf] <= weight[merged]) ? leaf++ : merged++;
            int b = leaf < count && (merged >= next || weight[leaf] <= weight[merged]) ? leaf++ : merged++;
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
        }
        int[] depth = new int[2 * count - 1];
        for (int node = 2 * count - 3; node >= 0; node--) depth[node] = depth[parent[node]] + 1;
        for (int i = 0; i < count; i++) lengths[(int) (leaves[i] & 0x1FF)] = depth[i];
        return lengths;
    }

    /** The canonical codes of these lengths (RFC 1951, 3.2.2), most significant bit first. */
    private static int[] canonical(int[] lengths) {
        int[] count = new int[MAX_CODE_LENGTH + 2];
        for (int l : lengths) if (l > 0) count[l]++;
        int[] next = new int[MAX_CODE_LENGTH + 2];
        for (int bits = 1, c = 0; bits <= MAX_CODE_LENGTH + 1; bits++) {
            c = (c + count[bits - 1]) << 1;
            next[bits] = c;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) if (lengths[s] > 0) codes[s] = next[lengths[s]]++;
        return codes;
    }

    /** Deflate sends a Huffman code from its first bit, into a stream read from each byte's lowest bit. */
    private static int reverse(int code, int length) {
        return length == 0 ? 0 : Integer.reverse(code) >>> (32 - length);
    }
}
