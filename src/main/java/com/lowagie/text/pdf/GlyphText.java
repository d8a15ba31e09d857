package com.lowagie.text.pdf;

import com.lowagie.text.DocWriter;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Places and shows text in a {@link CompactTrueTypeFont} as {@link PdfContentByte#setTextMatrix(float, float)} and
 * {@link PdfContentByte#showText(String)} do — each character as its
 * two-byte glyph id, and each glyph recorded once for the font's subset, widths and ToUnicode map — without OpenPDF's
 * per-character map look-up, boxing and lambda (a sixth of a letter's CPU). One instance serves one document. Other
 * fonts, and fonts OpenPDF's layout processor shapes, go through OpenPDF. It lives in OpenPDF's package because the
 * font details it records into are package-private there.
 */
public final class GlyphText {

    private static final byte[] IDENTITY = DocWriter.getISOBytes("1 0 0 1 ");
    private static final byte[] TM = DocWriter.getISOBytes(" Tm");
    private static final byte[] TJ = DocWriter.getISOBytes("Tj");

    /** Glyphs already recorded, by font of this document. */
    private final Map<FontDetails, BitSet> recorded = new IdentityHashMap<>();

    /** Shows {@code text} at the current text position of {@code cb}, in its current font. */
    public void show(PdfContentByte cb, String text) {
        FontDetails details = cb.state.fontDetails;
        if (details == null || !(details.getBaseFont() instanceof CompactTrueTypeFont font)
                || details.fontType != BaseFont.FONT_TYPE_TTUNI || details.symbolic
                || LayoutProcessor.supportsFont(font)) {
            cb.showText(text);
            return;
        }
        BitSet seen = recorded.computeIfAbsent(details, d -> new BitSet());
        byte[] b = new byte[2 * text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            if (Character.isHighSurrogate((char) c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, text.charAt(++i));
            }
            int[] metrics = font.getMetricsTT(c);
            if (metrics == null) continue;
            int glyph = metrics[0];
            if (!seen.get(glyph)) {
                seen.set(glyph);
                details.longTag.putIfAbsent(glyph, new int[] {glyph, metrics[1], c});
            }
            b[n++] = (byte) (glyph >> 8);
            b[n++] = (byte) glyph;
        }
        PdfContentByte.escapeAndAppendString(n == b.length ? b : java.util.Arrays.copyOf(b, n), cb.content);
        cb.content.append(TJ).append_i(cb.separator);
    }

    /**
     * As {@code cb.setTextMatrix(x, y)}, byte for byte, without formatting the matrix's constant ones and zeros as
     * numbers each time (a letter places a few hundred pieces of text).
     */
    public static void moveTo(PdfContentByte cb, float x, float y) {
        cb.state.xTLM = x;
        cb.state.yTLM = y;
        cb.content.append(IDENTITY).append(x).append(' ').append(y).append(TM).append_i(cb.separator);
    }
}
