package cn.zwgk.audit.render.font;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * Deflates (a zlib stream, RFC 1950/1951, as a PDF's FlateDecode reads it) the font programs {@link GlyphSubset}
 * writes, with one Huffman code made once for the font from the byte frequencies of its outlines. A document's
 * program is then coded by table look-up, and a glyph's outline, the same in every document, is coded once and
 * added as words ({@link Piece}): none of a general compressor's work per document (searching for repeats,
 * counting, building trees).
 *
 * <p>Glyph outlines are coordinates and flags, which repeat little: coding each byte alone packs a seed letter's
 * program of 97 KB to 83 KB in 0.1 ms, where zlib's fastest level takes 2.5 ms to reach 71 KB (README, "Benchmark").
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

    /**
     * A zlib stream, one Huffman-coded block of literals, of at most {@code length} bytes coded piece by piece;
     * {@link Coder#finish} ends it.
     */
    Coder start(int length) {
        Coder coder = new Coder(header.length + 2 * length);
        for (int i = 0; i < header.length; i += 2) coder.put(header[i], header[i + 1]);
        return coder;
    }

    /** These bytes coded once, to be added to any number of streams ({@link Coder#add}). */
    Piece piece(byte[] data, int from, int to) {
        Coder coder = new Coder(2 * (to - from));
        coder.bytes(data, from, to);
        long[] words = Arrays.copyOf(coder.words, coder.count > 0 ? coder.at + 1 : coder.at);
        if (coder.count > 0) words[coder.at] = coder.pending;
        return new Piece(words, 64 * coder.at + coder.count);
    }

    /** Coded bytes: their bits from the lowest of the first word on, and how many there are. */
    record Piece(long[] words, int bits) {}

    /**
     * One stream being coded, into 64-bit words (the first bit the lowest): a coded piece is then added a word a
     * step, and the words go into the stream's bytes in one copy.
     */
    final class Coder {
        private final long[] words;
        private int at;
        /** The bits not yet in a whole word: fewer than 64. */
        private long pending;
        private int count;

        /** For at most {@code bytes} bytes of code. */
        private Coder(int bytes) {
            words = new long[(bytes >>> 3) + 2];
        }

        /** Adds {@code length} (at most 32) bits, the first the lowest. */
        private void put(long bits, int length) {
            pending |= bits << count;
            count += length;
            if (count >= 64) {
                words[at++] = pending;
                count -= 64;
                pending = bits >>> (length - count); // the bits that did not fit (none when it filled exactly)
            }
        }

        /** Codes these bytes, two a step, their codes joined in one table: half the steps of a byte at a time. */
        void bytes(byte[] data, int from, int to) {
            int pairsEnd = from + ((to - from) & ~1);
            for (int i = from; i < pairsEnd; i += 2) {
                int p = (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8;
                put(pairCode[p], pairLength[p]);
            }
            if (pairsEnd < to) put(code[data[pairsEnd] & 0xFF], codeLength[data[pairsEnd] & 0xFF]);
        }

        /** Adds bytes coded before, 64 bits a step. */
        void add(Piece piece) {
            long[] from = piece.words();
            int whole = piece.bits() >>> 6;
            if (count == 0) {
                System.arraycopy(from, 0, words, at, whole);
                at += whole;
            } else {
                for (int i = 0; i < whole; i++) {
                    long word = from[i];
                    words[at++] = pending | word << count;
                    pending = word >>> (64 - count);
                }
            }
            int rest = piece.bits() & 63;
            if (rest > 32) {
                put(from[whole] & 0xFFFFFFFFL, 32);
                put(from[whole] >>> 32, rest - 32);
            } else if (rest > 0) {
                put(from[whole], rest);
            }
        }

        /** Ends the block and the stream: its checksum is of {@code data}, all the bytes coded. */
        byte[] finish(byte[] data) {
            put(code[END_OF_BLOCK], codeLength[END_OF_BLOCK]);
            int tail = (count + 7) >>> 3;
            byte[] out = new byte[2 + 8 * at + tail + 4];
            out[0] = 0x78; // deflate, 32K window
            out[1] = 0x01; // fastest; 0x7801 is a multiple of 31 as the header check requires
            ByteBuffer.wrap(out, 2, 8 * at).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(words, 0, at);
            int end = 2 + 8 * at;
            for (int k = 0; k < tail; k++) out[end++] = (byte) (pending >>> (8 * k));
            Adler32 adler = new Adler32();
            adler.update(data);
            int sum = (int) adler.getValue();
            out[end] = (byte) (sum >>> 24);
            out[end + 1] = (byte) (sum >>> 16);
            out[end + 2] = (byte) (sum >>> 8);
            out[end + 3] = (byte) sum;
            return out;
        }
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
        // below 2^40, so that a weight and its symbol pack into one long for sorting (huffman)
        while (largest(f) >= 1L << 40) flatten(f);
        while (true) {
            int[] lengths = huffman(f);
            int longest = 0;
            for (int l : lengths) longest = Math.max(longest, l);
            if (longest <= limit) return lengths;
            flatten(f);
        }
    }

    private static long largest(long[] f) {
        long largest = 0;
        for (long v : f) largest = Math.max(largest, v);
        return largest;
    }

    /** Halves the frequencies, keeping each above zero that was. */
    private static void flatten(long[] f) {
        for (int s = 0; s < f.length; s++) if (f[s] > 0) f[s] = (f[s] >> 1) | 1;
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
