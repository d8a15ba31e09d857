package cn.zwgk.audit.render.font;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subsetting a small hand-made font: glyphs kept and renumbered in order, a composite glyph's parts kept and its
 * references renumbered, and the CIDToGIDMap from old ids to new. (Noto Sans SC has no composite glyphs, so the real
 * fonts do not reach that path.)
 */
class GlyphSubsetTest {

    @Test
    void keepsUsedGlyphsAndTheCompositesPartsRenumbered() throws Exception {
        // glyphs: 0 .notdef, 1 and 2 simple, 3 a composite of 1, 4 simple
        byte[][] outlines = {simple(10), simple(11), simple(12), composite(1), simple(14)};
        GlyphSubset subset = new GlyphSubset(font(outlines));

        GlyphSubset.Subset s = subset.subset(new int[] {3, 4});

        assertEquals(4, s.glyphs(), "0, 1 (the composite's part), 3 and 4");
        Map<String, byte[]> tables = TrueTypeTables.read(s.font());
        assertEquals(4, ByteBuffer.wrap(tables.get("maxp")).getShort(4));
        assertEquals(4, ByteBuffer.wrap(tables.get("hhea")).getShort(34));
        ByteBuffer loca = ByteBuffer.wrap(tables.get("loca"));
        ByteBuffer glyf = ByteBuffer.wrap(tables.get("glyf"));
        assertEquals(11, glyf.getShort(loca.getInt(4) + 2), "new glyph 1 is old glyph 1");
        assertEquals(1, glyf.getShort(loca.getInt(8) + 12), "the composite (new 2) names its part by its new id");
        assertEquals(14, glyf.getShort(loca.getInt(12) + 2), "new glyph 3 is old glyph 4");
        ByteBuffer map = ByteBuffer.wrap(s.cidToGid());
        assertEquals(5, map.capacity() / 2, "one entry for each id up to the highest used");
        assertEquals(2, map.getShort(6), "old 3 → new 2");
        assertEquals(3, map.getShort(8), "old 4 → new 3");
        assertEquals(0, map.getShort(4), "old 2, unused → 0");

        Inflater inflater = new Inflater();
        inflater.setInput(subset.deflate(s));
        byte[] inflated = new byte[s.font().length];
        assertEquals(inflated.length, inflater.inflate(inflated));
        assertTrue(inflater.finished(), "the stream ends, its checksum right");
        assertArrayEquals(s.font(), inflated, "the program deflated, the renumbered composite with it");
    }

    /** A simple glyph of one contour; {@code mark} stands in its xMin so the test can tell glyphs apart. */
    private static byte[] simple(int mark) {
        return ByteBuffer.allocate(12).putShort((short) 1).putShort((short) mark).array();
    }

    /** A composite glyph of one part, {@code part}, with byte offsets as arguments. */
    private static byte[] composite(int part) {
        return ByteBuffer.allocate(16).putShort((short) -1).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) part).put((byte) 0).put((byte) 0).array();
    }

    private static byte[] font(byte[][] outlines) {
        int n = outlines.length;
        ByteBuffer glyf = ByteBuffer.allocate(16 * n);
        ByteBuffer loca = ByteBuffer.allocate(4 * (n + 1));
        ByteBuffer hmtx = ByteBuffer.allocate(4 * n);
        for (byte[] o : outlines) {
            loca.putInt(glyf.position());
            glyf.put(o);
            hmtx.putShort((short) 1000).putShort((short) 0);
        }
        loca.putInt(glyf.position());
        Map<String, byte[]> tables = new LinkedHashMap<>();
        tables.put("head", ByteBuffer.allocate(54).putShort(50, (short) 1).array());
        tables.put("hhea", ByteBuffer.allocate(36).putShort(34, (short) n).array());
        tables.put("maxp", ByteBuffer.allocate(6).putShort(4, (short) n).array());
        tables.put("loca", loca.array());
        tables.put("hmtx", hmtx.array());
        tables.put("glyf", java.util.Arrays.copyOf(glyf.array(), glyf.position()));
        return TrueTypeTables.write(tables);
    }
}
