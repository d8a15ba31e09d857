package cn.zwgk.audit.render;

import java.awt.Color;

/**
 * Text in one style: size in points, bold or not, colour. Bold is the regular face drawn with a thin outline (see
 * {@link PdfFonts}); which face draws each character is decided when the text is measured.
 */
record Span(String text, float size, boolean bold, Color color) {

    static Span regular(String text, float size) {
        return new Span(text, size, false, Color.BLACK);
    }

    static Span regular(String text, float size, Color color) {
        return new Span(text, size, false, color);
    }

    static Span bold(String text, float size) {
        return new Span(text, size, true, Color.BLACK);
    }

    static Span bold(String text, float size, Color color) {
        return new Span(text, size, true, color);
    }
}
