package cn.zwgk.audit.read;

/**
 * One character on a PDF page, in page coordinates with y growing downwards.
 *
 * @param x        left edge
 * @param baseline y of the baseline
 * @param width    advance width
 * @param size     font size in points
 */
record PdfGlyph(String text, float x, float baseline, float width, float size) {

    float right() {
        return x + width;
    }

    /** a point inside the glyph's box, for deciding which table cell it falls in */
    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - size * 0.35f;
    }

    boolean space() {
        return text.isBlank();
    }

    static boolean cjk(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x3000 && c <= 0x303F);
    }
}
