package com.lowagie.text.pdf;

import com.lowagie.text.DocWriter;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The letter's content-stream operators written as {@link PdfContentByte} writes them, byte for byte, with less work
 * per call: numbers formatted as OpenPDF formats them but into the buffer at once (OpenPDF appends digit by digit, a
 * tenth of a letter's CPU), the text matrix's constant ones and zeros not formatted each time, and text in a
 * {@link CompactTrueTypeFont} shown as {@link PdfContentByte#showText(String)} shows it — each character as its
 * two-byte glyph id, and each glyph recorded once for the font's subset, widths and ToUnicode map — without OpenPDF's
 * per-character map look-up, boxing and lambda (a sixth of a letter's CPU). One instance serves one document. Other
 * fonts, and fonts OpenPDF's layout processor shapes, go through OpenPDF. It lives in OpenPDF's package because the
 * font details it records into are package-private there.
 */
public final class ContentOps {

    private static final byte[] IDENTITY = DocWriter.getISOBytes("1 0 0 1 ");
    private static final byte[] TM = DocWriter.getISOBytes(" Tm");
    private static final byte[] RE = DocWriter.getISOBytes(" re");

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
        // the glyph ids' bytes escaped as PdfContentByte.escapeAndAppendString escapes them, in one append
        byte[] out = new byte[4 * text.length() + 5];
        int n = 0;
        out[n++] = '(';
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
            n = escaped(out, n, (byte) (glyph >> 8));
            n = escaped(out, n, (byte) glyph);
        }
        out[n++] = ')';
        out[n++] = 'T';
        out[n++] = 'j';
        cb.content.append(out, 0, n).append_i(cb.separator);
    }

    private static int escaped(byte[] out, int n, byte b) {
        switch (b) {
            case '\r' -> { out[n++] = '\\'; out[n++] = 'r'; }
            case '\n' -> { out[n++] = '\\'; out[n++] = 'n'; }
            case '\t' -> { out[n++] = '\\'; out[n++] = 't'; }
            case '\b' -> { out[n++] = '\\'; out[n++] = 'b'; }
            case '\f' -> { out[n++] = '\\'; out[n++] = 'f'; }
            case '(', ')', '\\' -> { out[n++] = '\\'; out[n++] = b; }
            default -> out[n++] = b;
        }
        return n;
    }

    /** As {@code cb.setTextMatrix(x, y)}. */
    public static void moveTo(PdfContentByte cb, float x, float y) {
        cb.state.xTLM = x;
        cb.state.yTLM = y;
        ByteBuffer buf = cb.content;
        buf.append(IDENTITY);
        number(buf, x);
        buf.append_i(' ');
        number(buf, y);
        buf.append(TM).append_i(cb.separator);
    }

    /** As {@code cb.rectangle(x, y, w, h)}. */
    public static void rectangle(PdfContentByte cb, float x, float y, float w, float h) {
        ByteBuffer buf = cb.content;
        number(buf, x);
        buf.append_i(' ');
        number(buf, y);
        buf.append_i(' ');
        number(buf, w);
        buf.append_i(' ');
        number(buf, h);
        buf.append(RE).append_i(cb.separator);
    }

    /** {@code v} as {@link ByteBuffer#formatDouble(double, ByteBuffer)} writes it, in one append. */
    static void number(ByteBuffer buf, float value) {
        double d = value;
        if (ByteBuffer.HIGH_PRECISION || Math.abs(d) > 32767) {
            buf.append(d);
            return;
        }
        byte[] out = new byte[12];
        int n = 0;
        if (Math.abs(d) < 0.000015) {
            buf.append_i('0');
            return;
        }
        if (d < 0) {
            out[n++] = '-';
            d = -d;
        }
        if (d < 1.0) {
            d += 0.000005;
            if (d >= 1) {
                out[n++] = '1';
            } else {
                int v = (int) (d * 100000);
                out[n++] = '0';
                out[n++] = '.';
                out[n++] = (byte) (v / 10000 + '0');
                if (v % 10000 != 0) {
                    out[n++] = (byte) ((v / 1000) % 10 + '0');
                    if (v % 1000 != 0) {
                        out[n++] = (byte) ((v / 100) % 10 + '0');
                        if (v % 100 != 0) {
                            out[n++] = (byte) ((v / 10) % 10 + '0');
                            if (v % 10 != 0) out[n++] = (byte) (v % 10 + '0');
                        }
                    }
                }
            }
        } else {
            d += 0.005;
            int v = (int) (d * 100);
            if (v >= 1000000) out[n++] = (byte) (v / 1000000 + '0');
            if (v >= 100000) out[n++] = (byte) ((v / 100000) % 10 + '0');
            if (v >= 10000) out[n++] = (byte) ((v / 10000) % 10 + '0');
            if (v >= 1000) out[n++] = (byte) ((v / 1000) % 10 + '0');
            if (v >= 100) out[n++] = (byte) ((v / 100) % 10 + '0');
            if (v % 100 != 0) {
                out[n++] = '.';
                out[n++] = (byte) ((v / 10) % 10 + '0');
                if (v % 10 != 0) out[n++] = (byte) (v % 10 + '0');
            }
        }
        buf.append(out, 0, n);
    }
}
