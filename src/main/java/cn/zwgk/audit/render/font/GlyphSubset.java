package cn.zwgk.audit.render.font;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cuts a TrueType font down to the glyphs one document uses, renumbered 0..n-1, so the embedded program holds those
 * glyphs and nothing of the others. The font's tables are parsed once per process; each document then costs time in
 * proportion to the glyphs it uses, not to the font's size.
 *
 * <p>OpenPDF's own subsetter keeps every glyph id of the font (empty outlines for the unused ones), so each document
 * rewrites and compresses a loca and an hmtx table of the whole font: 2–3 ms a document for the 7.7k-glyph main
 * font, however short the text. Renumbered glyphs need the PDF font's CIDToGIDMap to send the ids in the content
 * (the original glyph ids) to the new ones: {@link Subset#cidToGid()}.
 */
public final class GlyphSubset {

    /** The hinting tables, copied whole (they name no glyph ids); with head, hhea, hmtx, loca, maxp and glyf they
     *  are the tables an embedded TrueType program needs (the set OpenPDF's own subsets carry). */
    private static final String[] KEPT = {"cvt ", "fpgm", "prep"};

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    private final byte[] glyf;
    /** Where each glyph's outline starts in {@link #glyf}; one more entry than glyphs. */
    private final int[] loca;
    private final int[] advance;
    private final int[] leftBearing;
    private final byte[] head;
    private final byte[] hhea;
    private final byte[] maxp;
    private final Map<String, byte[]> kept = new LinkedHashMap<>();
    /** Their checksums, which never change: summed once, not in every document. */
    private final Map<String, Integer> keptSums = new java.util.HashMap<>();
    /** Glyphs made of other glyphs: the only ones whose outlines are read or changed when subsetting. */
    private final BitSet composite;
    /**
     * Each glyph's outline summed as 32-bit words (padded to 4 bytes): every glyph starts 4-byte aligned in a subset,
     * so the glyf table's checksum is the sum of its glyphs', and a document costs no pass over its outlines.
     */
    private final int[] outlineSum;
    private final ProgramDeflater deflater;
    /**
     * Each simple glyph's outline (padded as in a subset) coded by {@link #deflater}, on first use: a document's
     * program then costs a copy of words, not a look-up per byte. Two threads may code a glyph at once; either's
     * piece (immutable) will do.
     */
    private final ProgramDeflater.Piece[] coded;

    /** Reads what subsetting needs from a TrueType (glyf-outline) font; throws if it is not one. */
    public GlyphSubset(byte[] ttf) {
        Map<String, byte[]> tables = TrueTypeTables.read(ttf);
        for (String tag : new String[] {"head", "hhea", "hmtx", "loca", "maxp", "glyf"}) {
            if (!tables.containsKey(tag)) throw new IllegalArgumentException("not a TrueType font: no " + tag + " table");
        }
        head = tables.get("head");
        hhea = tables.get("hhea");
        maxp = tables.get("maxp");
        glyf = tables.get("glyf");
        int glyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xFFFF;
        boolean shortLoca = ByteBuffer.wrap(head).getShort(50) == 0;
        ByteBuffer l = ByteBuffer.wrap(tables.get("loca"));
        loca = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) loca[g] = shortLoca ? (l.getShort(2 * g) & 0xFFFF) * 2 : l.getInt(4 * g);
        int metrics = ByteBuffer.wrap(hhea).getShort(34) & 0xFFFF;
        ByteBuffer h = ByteBuffer.wrap(tables.get("hmtx"));
        advance = new int[glyphs];
        leftBearing = new int[glyphs];
        for (int g = 0; g < glyphs; g++) {
            if (g < metrics) {
                advance[g] = h.getShort(4 * g) & 0xFFFF;
                leftBearing[g] = h.getShort(4 * g + 2);
            } else {
                advance[g] = advance[metrics - 1];
                leftBearing[g] = h.getShort(4 * metrics + 2 * (g - metrics));
            }
        }
        for (String tag : KEPT) {
            if (tables.containsKey(tag)) {
                kept.put(tag, tables.get(tag));
                keptSums.put(tag, TrueTypeTables.checksum(tables.get(tag), 0, tables.get(tag).length));
            }
        }
        composite = new BitSet(glyphs);
        outlineSum = new int[glyphs];
        for (int g = 0; g < glyphs; g++) {
            if (loca[g + 1] - loca[g] >= 10 && int16(glyf, loca[g]) < 0) composite.set(g);
            outlineSum[g] = TrueTypeTables.checksum(glyf, loca[g], loca[g + 1] - loca[g]);
        }
        deflater = new ProgramDeflater(glyf);
        coded = new ProgramDeflater.Piece[glyphs];
    }

    public int glyphCount() {
        return advance.length;
    }

    /**
     * The font program of these glyph ids (plus glyph 0 and the parts of composite glyphs), and the map from the
     * original ids to the new ones. Ids outside the font are left out (drawn as glyph 0).
     */
    public Subset subset(int[] used) {
        BitSet wanted = new BitSet(advance.length);
        wanted.set(0);
        for (int g : used) {
            if (g >= 0 && g < advance.length) wanted.set(g);
        }
        addComponents(wanted);
        int[] old = new int[wanted.cardinality()];
        for (int g = wanted.nextSetBit(0), i = 0; g >= 0; g = wanted.nextSetBit(g + 1)) old[i++] = g;
        int n = old.length;

        int size = 0;
        for (int g : old) size += (loca[g + 1] - loca[g] + 3) & ~3;
        byte[] newGlyf = new byte[size];
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (n + 1));
        ByteBuffer newHmtx = ByteBuffer.allocate(4 * n);
        int at = 0;
        int glyfSum = 0;
        for (int i = 0; i < n; i++) {
            int g = old[i];
            newLoca.putInt(at);
            newHmtx.putShort((short) advance[g]).putShort((short) leftBearing[g]);
            int length = loca[g + 1] - loca[g];
            System.arraycopy(glyf, loca[g], newGlyf, at, length);
            if (composite.get(g)) {
                renumberComponents(newGlyf, at, old);
                glyfSum += TrueTypeTables.checksum(newGlyf, at, length);
            } else {
                glyfSum += outlineSum[g];
            }
            at += (length + 3) & ~3;
        }
        newLoca.putInt(at);

        Map<String, byte[]> tables = new LinkedHashMap<>(kept);
        byte[] newHead = head.clone();
        ByteBuffer.wrap(newHead).putShort(50, (short) 1); // long loca offsets
        byte[] newHhea = hhea.clone();
        ByteBuffer.wrap(newHhea).putShort(34, (short) n);
        byte[] newMaxp = maxp.clone();
        ByteBuffer.wrap(newMaxp).putShort(4, (short) n);
        tables.put("head", newHead);
        tables.put("hhea", newHhea);
        tables.put("maxp", newMaxp);
        tables.put("hmtx", newHmtx.array());
        tables.put("loca", newLoca.array());
        tables.put("glyf", newGlyf);

        int maxUsed = old[n - 1];
        for (int g : used) maxUsed = Math.max(maxUsed, Math.min(g, advance.length - 1));
        ByteBuffer map = ByteBuffer.allocate(2 * (maxUsed + 1));
        for (int i = 0; i < n; i++) map.putShort(2 * old[i], (short) i);
        Map<String, Integer> sums = new java.util.HashMap<>(keptSums);
        sums.put("glyf", glyfSum);
        return new Subset(TrueTypeTables.write(tables, sums), map.array(), old);
    }

    /**
     * A subset's program as a zlib stream (a PDF's FlateDecode), coded with a Huffman code made once for this font:
     * a twentieth of the CPU of zlib's fastest level, for a stream some 15% larger ({@link ProgramDeflater}).
     */
    public byte[] deflate(Subset subset) {
        byte[] program = subset.font();
        int glyfAt = TrueTypeTables.offset(program, "glyf");
        ProgramDeflater.Coder coder = deflater.start(program.length);
        coder.bytes(program, 0, glyfAt);
        int at = glyfAt;
        for (int g : subset.original()) {
            int padded = (loca[g + 1] - loca[g] + 3) & ~3;
            if (composite.get(g)) {
                coder.bytes(program, at, at + padded); // renumbered in this subset
            } else {
                ProgramDeflater.Piece piece = coded[g];
                if (piece == null) coded[g] = piece = deflater.piece(program, at, at + padded);
                coder.add(piece);
            }
            at += padded;
        }
        coder.bytes(program, at, program.length);
        return coder.finish(program);
    }

    /** Adds the glyphs composite glyphs are made of, to any depth. */
    private void addComponents(BitSet wanted) {
        BitSet todo = (BitSet) wanted.clone();
        todo.and(composite);
        for (int g = todo.nextSetBit(0); g >= 0; g = todo.nextSetBit(0)) {
            todo.clear(g);
            int p = loca[g] + 10;
            int flags;
            do {
                flags = ((glyf[p] & 0xFF) << 8) | (glyf[p + 1] & 0xFF);
                int part = ((glyf[p + 2] & 0xFF) << 8) | (glyf[p + 3] & 0xFF);
                if (part < advance.length && !wanted.get(part)) {
                    wanted.set(part);
                    if (composite.get(part)) todo.set(part);
                }
                p += 4 + argumentBytes(flags);
            } while ((flags & MORE_COMPONENTS) != 0);
        }
    }

    /** Rewrites the component glyph ids of the composite glyph at {@code at} to their new numbers. */
    private static void renumberComponents(byte[] data, int at, int[] old) {
        int p = at + 10;
        int flags;
        do {
            flags = ((data[p] & 0xFF) << 8) | (data[p + 1] & 0xFF);
            int part = ((data[p + 2] & 0xFF) << 8) | (data[p + 3] & 0xFF);
            int renumbered = Math.max(0, Arrays.binarySearch(old, part));
            data[p + 2] = (byte) (renumbered >> 8);
            data[p + 3] = (byte) renumbered;
            p += 4 + argumentBytes(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
    }

    private static int argumentBytes(int flags) {
        int bytes = (flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2;
        if ((flags & WE_HAVE_A_SCALE) != 0) bytes += 2;
        else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) bytes += 4;
        if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) bytes += 8;
        return bytes;
    }

    /** A glyph's numberOfContours: negative for a composite glyph. */
    private static int int16(byte[] data, int at) {
        return (short) ((data[at] << 8) | (data[at + 1] & 0xFF));
    }

    /**
     * A document's font program, its CIDToGIDMap (two bytes per original glyph id, 0 up to the highest used, each the
     * glyph's new number) and the original ids of its glyphs in their new order.
     */
    public record Subset(byte[] font, byte[] cidToGid, int[] original) {
        public int glyphs() {
            return original.length;
        }
    }
}
