package cn.zwgk.audit.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embedded CJK font (Noto Sans SC), read from the classpath once per process. The built-in Adobe CJK fonts are not
 * embedded and show as boxes in viewers without Chinese fonts, so every PDF embeds a subset of this one.
 */
public final class PdfFonts {

    private static final String REGULAR = "fonts/NotoSansSC-Regular.ttf";
    private static final String BOLD = "fonts/NotoSansSC-Bold.ttf";

    private static volatile PdfFonts instance;

    private final BaseFont regular;
    private final BaseFont bold;

    private PdfFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The shared fonts; parsing a 10 MB TrueType file costs ~200 ms, so it happens once. */
    public static PdfFonts get() {
        PdfFonts f = instance;
        if (f == null) {
            synchronized (PdfFonts.class) {
                f = instance;
                if (f == null) instance = f = new PdfFonts(load(REGULAR), load(BOLD));
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
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 PDF 字体 " + resource, e);
        }
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    public Font regular(float size) {
        return new Font(regular, size, Font.NORMAL);
    }

    public Font regular(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    public Font bold(float size) {
        return new Font(bold, size, Font.NORMAL);
    }

    public Font bold(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    /** Whether the font has a glyph for every character (it lacks CJK Extension B, for one). */
    public boolean canShow(String text) {
        return text.codePoints().allMatch(cp -> cp < 0x20 || regular.charExists(cp));
    }
}
