package cn.zwgk.audit.render;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ContentOps;
import com.lowagie.text.pdf.PdfContentByte;

import java.awt.Color;

/**
 * Draws lines of text in one text object, writing font, size, colour and rendering mode only when they change: a
 * letter's few hundred lines share a handful of styles. Bold is drawn as OpenPDF draws it for a face without a bold
 * cut: filled and stroked with a line a thirtieth of the size wide. Each piece is placed by a text matrix (moves
 * relative to the last piece are cheaper but change the order poppler's pdftotext reads some table headings in);
 * {@link ContentOps} writes both.
 */
final class TextPen {

    private final PdfContentByte cb;
    private final ContentOps glyphs;
    private BaseFont font;
    private float size = -1;
    private Color color;
    private int bold = -1;
    private float stroke = -1;

    /** Begins a text object on {@code cb}; {@link #end()} closes it. */
    TextPen(PdfContentByte cb, ContentOps glyphs) {
        this.cb = cb;
        this.glyphs = glyphs;
        cb.beginText();
    }

    /** Draws {@code line} with its baseline's left end at ({@code x}, {@code y}). */
    void line(TextLines.Line line, float x, float y) {
        for (TextLines.Piece p : line.pieces()) {
            if (!p.text().isEmpty()) {
                style(p);
                ContentOps.moveTo(cb, x, y);
                glyphs.show(cb, p.text());
            }
            x += p.width();
        }
    }

    private void style(TextLines.Piece p) {
        Span s = p.span();
        if (p.font() != font || s.size() != size) {
            cb.setFontAndSize(p.font(), s.size());
            font = p.font();
            size = s.size();
        }
        Color c = s.color() == null ? Color.BLACK : s.color();
        boolean colorChanged = !c.equals(color);
        if (colorChanged) {
            cb.setColorFill(c);
            color = c;
        }
        int b = s.bold() ? 1 : 0;
        if (b != bold) {
            cb.setTextRenderingMode(s.bold() ? PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE
                    : PdfContentByte.TEXT_RENDER_MODE_FILL);
            bold = b;
        }
        if (s.bold()) {
            if (colorChanged || stroke < 0) cb.setColorStroke(c);
            if (s.size() / 30 != stroke) {
                stroke = s.size() / 30;
                cb.setLineWidth(stroke);
            }
        }
    }

    void end() {
        cb.endText();
    }
}
