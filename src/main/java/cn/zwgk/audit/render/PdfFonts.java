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
 *
 * <p>Bold text is the regular face drawn with a thin outline stroke, not the bold face: subsetting a 10 MB CJK font
 * costs ~15 ms per font per document, and one embedded font instead of two keeps a 1,000-report batch fast.
 */
public final class PdfFonts {

    private static final String REGULAR = "fonts/NotoSansSC-Regular.ttf";

    private static volatile PdfFonts instance;

    private final BaseFont regular;

    private PdfFonts(BaseFont regular) {
        this.regular = regular;
    }

    /** The shared fonts; parsing the 10 MB TrueType file costs ~200 ms, so it happens once. */
    public static PdfFonts get() {
        PdfFonts f = instance;
        if (f == null) {
            synchronized (PdfFonts.class) {
                f = instance;
                if (f == null) instance = f = new PdfFonts(load(REGULAR));
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
}
