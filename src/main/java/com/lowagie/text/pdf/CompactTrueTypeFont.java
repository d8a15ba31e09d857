package com.lowagie.text.pdf;

import cn.zwgk.audit.render.font.GlyphSubset;
import com.lowagie.text.DocumentException;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * OpenPDF's Unicode TrueType font (Identity-H, embedded, subset) with three changes, all for speed and none visible
 * in the document:
 * <ul>
 *   <li>each document embeds only the glyphs it uses, renumbered by {@link GlyphSubset} from tables parsed once,
 *       with a CIDToGIDMap sending the content's glyph ids to them (OpenPDF's subsetter re-reads the font and writes a
 *       loca and hmtx of every glyph into every document: 2–3 ms a document for a 7.7k-glyph font);</li>
 *   <li>the program is deflated with a Huffman code made once for the font, by table look-up
 *       ({@link GlyphSubset#deflate}): zlib's fastest level cost 2 ms a letter, more than the rest of its font;</li>
 *   <li>character metrics come from an array, not a boxed-key map (layout asks for them once per character).</li>
 * </ul>
 * Everything else — the font descriptor, widths, ToUnicode map — is written as OpenPDF writes it, so text stays
 * extractable. It lives in OpenPDF's package because the font's constructor and its writing method are
 * package-private there; vertical, CFF and PDF/A fonts take OpenPDF's own path.
 */
public final class CompactTrueTypeFont extends TrueTypeFontUnicode {

    private final GlyphSubset glyphs;
    /** Metrics ({glyph id, width, character}) of the Basic Multilingual Plane, null where the font has no glyph. */
    private final int[][] bmp;

    private CompactTrueTypeFont(String name, byte[] ttf) throws DocumentException, IOException {
        super(name, IDENTITY_H, true, ttf, false);
        this.glyphs = new GlyphSubset(ttf);
        Map<Integer, int[]> cmap = cmapExt != null ? cmapExt : cmap31;
        this.bmp = fontSpecific || cmap == null ? null : new int[0x10000][];
        if (bmp != null) {
            for (Map.Entry<Integer, int[]> e : cmap.entrySet()) {
                if (e.getKey() >= 0 && e.getKey() < 0x10000) bmp[e.getKey()] = e.getValue();
            }
        }
    }

    /** The font of this TrueType file ({@code name} must end in .ttf), to be drawn with Identity-H and embedded. */
    public static BaseFont of(String name, byte[] ttf) throws DocumentException, IOException {
        return new CompactTrueTypeFont(name, ttf);
    }

    @Override
    public int[] getMetricsTT(int c) {
        return bmp != null && c >= 0 && c < 0x10000 ? bmp[c] : super.getMetricsTT(c);
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        int conformance = writer.getPDFXConformance();
        if (cff || vertical || !subset || conformance == PdfWriter.PDFA1A || conformance == PdfWriter.PDFA1B) {
            super.writeFont(writer, ref, params);
            return;
        }
        HashMap<Integer, int[]> longTag = (HashMap<Integer, int[]>) params[0];
        addRangeUni(longTag, true, subset);
        // keyed by glyph id; in glyph order as OpenPDF writes them (a primitive sort, not a comparator's)
        // in order through a bit set: under the launcher's C1-only JIT a stream, or even a sort, cost 3% of a letter
        java.util.BitSet keys = new java.util.BitSet();
        for (Integer g : longTag.keySet()) keys.set(g);
        int[] used = new int[keys.cardinality()];
        for (int g = keys.nextSetBit(0), u = 0; g >= 0; g = keys.nextSetBit(g + 1)) used[u++] = g;
        int[][] metrics = new int[used.length][];
        for (int i = 0; i < used.length; i++) metrics[i] = longTag.get(used[i]);
        GlyphSubset.Subset subset = glyphs.subset(used);

        byte[] program = subset.font();
        PdfStream stream = new PdfStream(glyphs.deflate(subset));
        stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
        stream.put(PdfName.LENGTH1, new PdfNumber(program.length));
        stream.compressed = true;
        PdfIndirectReference file = writer.addToBody(stream).getIndirectReference();
        String prefix = createSubsetPrefix();
        PdfIndirectReference descriptor = writer.addToBody(getFontDescriptor(file, prefix, null)).getIndirectReference();
        PdfStream map = new PdfStream(subset.cidToGid());
        map.flateCompress(compressionLevel);
        PdfIndirectReference cidToGid = writer.addToBody(map).getIndirectReference();
        PdfIndirectReference cidFont = writer.addToBody(cidFont(descriptor, prefix, metrics, cidToGid))
                .getIndirectReference();
        PdfStream toUnicode = toUnicode(metrics);
        PdfIndirectReference toUnicodeRef = toUnicode == null ? null : writer.addToBody(toUnicode).getIndirectReference();

        PdfDictionary font = new PdfDictionary(PdfName.FONT);
        font.put(PdfName.SUBTYPE, PdfName.TYPE0);
        font.put(PdfName.BASEFONT, new PdfName(prefix + fontName));
        font.put(PdfName.ENCODING, new PdfName(encoding));
        font.put(PdfName.DESCENDANTFONTS, new PdfArray(cidFont));
        if (toUnicodeRef != null) font.put(PdfName.TOUNICODE, toUnicodeRef);
        writer.addToBody(font, ref);
    }

    /** The CIDFontType2 dictionary: as OpenPDF writes it, with a CIDToGIDMap stream instead of /Identity. */
    private PdfDictionary cidFont(PdfIndirectReference descriptor, String prefix, int[][] metrics,
                                  PdfIndirectReference cidToGid) {
        PdfDictionary dic = new PdfDictionary(PdfName.FONT);
        dic.put(PdfName.SUBTYPE, PdfName.CIDFONTTYPE2);
        dic.put(PdfName.BASEFONT, new PdfName(prefix + fontName));
        dic.put(PdfName.FONTDESCRIPTOR, descriptor);
        dic.put(PdfName.CIDTOGIDMAP, cidToGid);
        PdfDictionary system = new PdfDictionary();
        system.put(PdfName.REGISTRY, new PdfString("Adobe"));
        system.put(PdfName.ORDERING, new PdfString("Identity"));
        system.put(PdfName.SUPPLEMENT, new PdfNumber(0));
        dic.put(PdfName.CIDSYSTEMINFO, system);
        dic.put(PdfName.DW, new PdfNumber(1000));
        StringBuilder w = new StringBuilder("[");
        int last = -10;
        for (int[] m : metrics) {
            if (m[1] == 1000) continue;
            if (m[0] == last + 1) {
                w.append(' ').append(m[1]);
            } else {
                if (w.length() > 1) w.append(']');
                w.append(m[0]).append('[').append(m[1]);
            }
            last = m[0];
        }
        if (w.length() > 1) dic.put(PdfName.W, new PdfLiteral(w.append("]]").toString()));
        return dic;
    }

    /** The ToUnicode CMap from glyph ids to the characters they were drawn for (copy and paste, search). */
    private PdfStream toUnicode(int[][] metrics) {
        int count = 0;
        for (int[] m : metrics) if (m.length >= 3) count++;
        if (count == 0) return null;
        int[][] mapped = new int[count][];
        count = 0;
        for (int[] m : metrics) if (m.length >= 3) mapped[count++] = m;
        Ascii buf = new Ascii(40 * mapped.length + 400).append("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo
                << /Registry (TTX+0)
                /Ordering (T42UV)
                /Supplement 0
                >> def
                /CMapName /TTX+0 def
                /CMapType 2 def
                1 begincodespacerange
                <0000><FFFF>
                endcodespacerange
                """);
        for (int k = 0; k < mapped.length; k += 100) {
            int size = Math.min(100, mapped.length - k);
            buf.append(Integer.toString(size)).append(" beginbfrange\n");
            for (int i = k; i < k + size; i++) {
                int[] m = mapped[i];
                if (m.length == 3 && m[2] < 0x10000) {
                    buf.range(m[0], m[2]);
                    continue;
                }
                buf.append('<').hex4(m[0]).append("><").hex4(m[0]).append('>');
                if (m.length == 4) {
                    buf.append("[<").utf16(m[2]).utf16(m[3]).append(">]");
                } else if (m[2] < 0x10000) {
                    buf.append('<').hex4(m[2]).append('>');
                } else {
                    buf.append("[<").utf16(m[2]).append(">]");
                }
                buf.append('\n');
            }
            buf.append("endbfrange\n");
        }
        buf.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend end\n");
        PdfStream stream = new PdfStream(buf.bytes());
        stream.flateCompress(compressionLevel);
        return stream;
    }

    /** ASCII text written straight into bytes (the CMap is ASCII; no per-character encoding look-up). */
    private static final class Ascii {
        private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private byte[] b;
        private int n;

        Ascii(int capacity) {
            b = new byte[capacity];
        }

        Ascii append(char c) {
            if (n == b.length) b = Arrays.copyOf(b, 2 * n);
            b[n++] = (byte) c;
            return this;
        }

        Ascii append(String s) {
            for (int i = 0; i < s.length(); i++) append(s.charAt(i));
            return this;
        }

        Ascii hex4(int v) {
            for (int shift = 12; shift >= 0; shift -= 4) append((char) HEX[(v >> shift) & 0xF]);
            return this;
        }

        /** "&lt;glyph&gt;&lt;glyph&gt;&lt;char&gt;\n", the line of nearly every glyph, written at once. */
        Ascii range(int glyph, int c) {
            if (n + 19 > b.length) b = Arrays.copyOf(b, 2 * b.length + 19);
            b[n] = '<';
            b[n + 5] = '>';
            b[n + 6] = '<';
            b[n + 11] = '>';
            b[n + 12] = '<';
            b[n + 17] = '>';
            b[n + 18] = '\n';
            for (int k = 0; k < 4; k++) {
                byte g = HEX[(glyph >> (12 - 4 * k)) & 0xF];
                b[n + 1 + k] = g;
                b[n + 7 + k] = g;
                b[n + 13 + k] = HEX[(c >> (12 - 4 * k)) & 0xF];
            }
            n += 19;
            return this;
        }

        /** A code point as UTF-16 hex digits (a surrogate pair above the BMP). */
        Ascii utf16(int c) {
            for (char ch : Character.toChars(c)) hex4(ch);
            return this;
        }

        byte[] bytes() {
            return Arrays.copyOf(b, n);
        }
    }
}
