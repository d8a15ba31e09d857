package cn.zwgk.audit.render.font;

import cn.zwgk.audit.Fixtures;
import com.lowagie.text.pdf.CompactTrueTypeFont;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The font programs' own deflate coding must inflate (zlib, which checks the stream's checksum) to exactly what was
 * coded, whatever the bytes, and pack a real document's program about as small as zlib's own literal coding.
 */
class ProgramDeflaterTest {

    private static final String MAIN = "fonts/NotoSansSC-Regular-GB2312.ttf";

    @Test
    void aLettersProgramInflatesToItselfAndPacksLikeZlibsLiteralCoding() throws Exception {
        GlyphSubset font = new GlyphSubset(resource(MAIN));
        GlyphSubset.Subset subset = font.subset(glyphsOfAReport());

        byte[] deflated = font.deflate(subset);

        assertArrayEquals(subset.font(), inflate(deflated, subset.font().length));
        assertArrayEquals(deflated, font.deflate(font.subset(glyphsOfAReport())),
                "the next document, from the glyphs coded for the first, is the same stream");
        GlyphSubset.Subset fewer = font.subset(Arrays.copyOf(glyphsOfAReport(), 57));
        assertArrayEquals(fewer.font(), inflate(font.deflate(fewer), fewer.font().length),
                "glyphs coded for one document, at other bit offsets in another");
        int zlibLiterals = zlib(subset.font(), Deflater.HUFFMAN_ONLY, Deflater.BEST_SPEED);
        assertTrue(deflated.length < 0.9 * subset.font().length,
                deflated.length + " of " + subset.font().length + " bytes: outlines pack to some 85%");
        assertTrue(deflated.length < 1.03 * zlibLiterals,
                deflated.length + " bytes against zlib's " + zlibLiterals + " with a code made for this program alone");
    }

    /** Bytes the font's statistics never saw, every value, and the lengths at the edges of the two-byte steps. */
    @Test
    void anyBytesInflateToThemselves() throws Exception {
        ProgramDeflater deflater = new ProgramDeflater(resourceTable(MAIN));
        Random random = new Random(15);
        for (int length : new int[] {0, 1, 2, 3, 255, 256, 4096, 100_001}) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertArrayEquals(data, inflate(deflate(deflater, data), length), length + " random bytes");
        }
        byte[] all = new byte[256 * 3];
        for (int i = 0; i < all.length; i++) all[i] = (byte) i;
        assertArrayEquals(all, inflate(deflate(deflater, all), all.length));
    }

    /** A code from skewed statistics (one byte nearly always) still limits its codes to deflate's 15 bits. */
    @Test
    void skewedStatisticsStayWithinDeflatesCodeLengths() throws Exception {
        byte[] sample = new byte[1 << 20];
        sample[12345] = 7;
        ProgramDeflater deflater = new ProgramDeflater(sample);
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31);
        assertArrayEquals(data, inflate(deflate(deflater, data), data.length));
        long[] frequency = new long[257];
        for (int s = 0; s < 257; s++) frequency[s] = 1L << Math.min(s, 62); // an optimal code 256 bits deep
        long kraft = 0;
        int[] lengths = ProgramDeflater.lengths(frequency, 15);
        for (int s = 0; s < lengths.length; s++) {
            assertTrue(lengths[s] >= 1 && lengths[s] <= 15, lengths[s] + " bits");
            if (s > 0) assertTrue(lengths[s] <= lengths[s - 1], "a more frequent byte never has a longer code");
            kraft += 1L << (15 - lengths[s]);
        }
        assertEquals(1L << 15, kraft, "a complete code, as zlib requires");
    }

    private static byte[] deflate(ProgramDeflater deflater, byte[] data) {
        ProgramDeflater.Coder coder = deflater.start(data.length);
        coder.bytes(data, 0, data.length);
        return coder.finish(data);
    }

    private static byte[] inflate(byte[] zlib, int length) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        byte[] out = new byte[length + 1];
        int n = 0;
        while (!inflater.finished()) {
            int got = inflater.inflate(out, n, out.length - n);
            if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
            n += got;
        }
        assertTrue(inflater.finished(), "stream ends");
        assertEquals(0, inflater.getRemaining(), "nothing after the checksum");
        inflater.end();
        assertEquals(length, n);
        return Arrays.copyOf(out, n);
    }

    private static int zlib(byte[] data, int strategy, int level) {
        Deflater deflater = new Deflater(level);
        deflater.setStrategy(strategy);
        deflater.setInput(data);
        deflater.finish();
        byte[] out = new byte[data.length * 2 + 64];
        int n = 0;
        while (!deflater.finished()) n += deflater.deflate(out, n, out.length - n);
        deflater.end();
        return n;
    }

    /** The glyphs of a real report's characters (a letter quotes the report and adds the format's wording). */
    private static int[] glyphsOfAReport() throws Exception {
        String text = Files.readString(Fixtures.SEEDS.resolve("000_5e8b3a9a41b72c94.txt"));
        CompactTrueTypeFont font = (CompactTrueTypeFont) CompactTrueTypeFont.of(MAIN, resource(MAIN));
        int[] used = text.codePoints().distinct().map(c -> {
            int[] metrics = font.getMetricsTT(c);
            return metrics == null ? 0 : metrics[0];
        }).toArray();
        assertTrue(used.length > 400, used.length + " characters");
        return used;
    }

    private static byte[] resourceTable(String name) throws IOException {
        return TrueTypeTables.read(resource(name)).get("glyf");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ProgramDeflaterTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
