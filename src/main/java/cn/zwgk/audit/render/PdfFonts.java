package cn.zwgk.audit.render;

import com.lowagie.text.Font;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CompactTrueTypeFont;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.zip.Deflater;

/**
 * The embedded CJK fonts (Noto Sans SC), read from the classpath once per process. The built-in Adobe CJK fonts are
 * not embedded and show as boxes in viewers without Chinese fonts, so every PDF embeds a subset of these.
 *
 * <p>Two faces of one font: the main one trimmed at build time to GB 2312 ({@link cn.zwgk.audit.render.font.FontTrim}),
 * and the full one as the per-character fallback, loaded (31k glyphs: a few hundred ms) and embedded only when a text
 * has a character the main one lacks — a rare character in an agency's name is drawn, never lost. Each document
 * embeds only the glyphs it uses ({@link CompactTrueTypeFont}), at a cost that does not grow with the font's size.
 *
 * <p>Bold text is the regular face drawn with a thin outline stroke, not the bold face: one embedded font instead of
 * two keeps a 1,000-report batch fast.
 */
public final class PdfFonts {

    private static final String MAIN = "fonts/NotoSansSC-Regular-GB2312.ttf";
    private static final String FULL = "fonts/NotoSansSC-Regular.ttf";

    private static volatile PdfFonts instance;

    private final BaseFont regular;
    /** BMP characters the main font has: a bit test instead of a boxed cmap look-up per character. */
    private final BitSet covered;
    /** The main font's advance widths by BMP character, in thousandths of the size: layout measures every character. */
    private final int[] widths;
    private volatile BaseFont full;

    private PdfFonts(BaseFont regular) {
        this.regular = regular;
        this.covered = new BitSet(0x10000);
        this.widths = new int[0x10000];
        for (int c = 0x20; c < 0x10000; c++) {
            if (regular.charExists(c)) {
                covered.set(c);
                widths[c] = regular.getWidth(c);
            }
        }
    }

    /** The shared fonts; parsing the TrueType file costs 100–200 ms, so it happens once. */
    public static PdfFonts get() {
        PdfFonts f = instance;
        if (f == null) {
            synchronized (PdfFonts.class) {
                f = instance;
                if (f == null) instance = f = new PdfFonts(load(MAIN));
            }
        }
        return f;
    }

    /** The main font; text drawn with it should go through {@link #runs(String)} (see {@link PdfText}). */
    public BaseFont regular() {
        return regular;
    }

    public Font regular(float size) {
        return new Font(regular, size, Font.NORMAL);
    }

    public Font regular(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    public Font bold(float size) {
        return new Font(regular, size, Font.BOLD);
    }

    public Font bold(float size, Color color) {
        return new Font(regular, size, Font.BOLD, color);
    }

    /** Whether the main font draws every character of {@code text} (control characters count as drawn). */
    boolean covers(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && !covered.get(c)) return false;
        }
        return true;
    }

    /** The font that draws {@code codePoint}: the main one, else the full one if it has it, else the main one. */
    BaseFont fontFor(int codePoint) {
        if (codePoint < 0x20 || codePoint < 0x10000 && covered.get(codePoint)) return regular;
        BaseFont f = full();
        return f.charExists(codePoint) ? f : regular;
    }

    /** One run of text in one font. */
    record Run(String text, BaseFont font) {}

    /** {@code text} cut where the font that draws it changes; one run when the main font covers it all. */
    List<Run> runs(String text) {
        if (covers(text)) return List.of(new Run(text, regular));
        List<Run> runs = new ArrayList<>();
        int start = 0;
        BaseFont current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            BaseFont f = fontFor(cp);
            if (current != null && f != current) {
                runs.add(new Run(text.substring(start, i), current));
                start = i;
            }
            current = f;
            i += Character.charCount(cp);
        }
        if (start < text.length()) runs.add(new Run(text.substring(start), current));
        return runs;
    }

    /** The width of {@code text} in points, each character measured in the font that draws it. */
    float width(String text, float size) {
        if (covers(text)) return regular.getWidthPoint(text, size);
        float w = 0;
        for (Run r : runs(text)) w += r.font().getWidthPoint(r.text(), size);
        return w;
    }

    /** The width of {@code c} in the main font, or -1 when the main font lacks it. */
    float mainWidth(char c, float size) {
        return covered.get(c) ? widths[c] * 0.001f * size : -1;
    }

    float width(int codePoint, float size) {
        // the same arithmetic as BaseFont.getWidthPoint, so lines break where OpenPDF would break them
        if (codePoint < 0x10000 && covered.get(codePoint)) return widths[codePoint] * 0.001f * size;
        return fontFor(codePoint).getWidthPoint(codePoint, size);
    }

    private BaseFont full() {
        BaseFont f = full;
        if (f == null) {
            synchronized (this) {
                f = full;
                if (f == null) full = f = load(FULL);
            }
        }
        return f;
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少 PDF 字体 " + resource + "：请用 mvn package 构建（构建时用 npm 下载字体）");
            }
            byte[] bytes = in.readAllBytes();
            BaseFont font = CompactTrueTypeFont.of(resource, bytes);
            // its small streams (CIDToGIDMap, ToUnicode) deflated fast; the glyphs themselves are coded with the
            // font's own Huffman code (GlyphSubset#deflate), which costs no compressor's work per document
            font.setCompressionLevel(Deflater.BEST_SPEED);
            return font;
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("无法读取 PDF 字体 " + resource + "：" + e.getMessage(), e);
        }
    }
}
