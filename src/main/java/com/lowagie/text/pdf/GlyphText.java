package com.lowagie.text.pdf;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Shows text in a {@link CompactTrueTypeFont} as {@link PdfContentByte#showText(String)} does — each character as its
 * two-byte glyph id, and each glyph recorded once for the font's subset, widths and ToUnicode map — without OpenPDF's
 * per-character map look-up, boxing and lambda (a sixth of a letter's CPU). One instance serves one document. Other
 * fonts, and fonts OpenPDF's layout processor shapes, go through OpenPDF. It lives in OpenPDF's package because the
 * font details it records into are package-private there.
 */
public final class GlyphText {

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
        cb.content.append("Tj").append_i(cb.separator);
    }
}
