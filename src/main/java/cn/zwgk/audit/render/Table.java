package cn.zwgk.audit.render;

import com.lowagie.text.Element;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A table drawn straight onto the page as vector graphics and text, rows growing to fit their wrapped text
 * ({@link TextLines}). Laying out a letter's tables through OpenPDF's PdfPTable cost most of the letter's CPU; this
 * draws the same boxes at the same places (paddings, line spacing and alignment as OpenPDF sets a cell) for a
 * fraction of it. {@link PageFlow} places it, breaking pages between rows.
 */
final class Table {

    /** The grey of the thin cell borders. */
    static final Color LINE = new Color(0x99, 0x99, 0x99);

    /**
     * How a cell's text is set: paddings, line spacing as a multiple of the line's largest size, vertical centring,
     * and how far the baselines are raised (the appendix grid centres the glyphs, not the line boxes).
     */
    record Style(float top, float bottom, float left, float right, float leading, boolean middle, float raise) {}

    /** One cell: text, horizontal alignment, fill, border (null: none) and its width, columns spanned, bookmark. */
    record Cell(List<Span> text, Style style, int align, Color fill, Color border, float borderWidth, int span,
                String bookmark) {

        static Cell of(List<Span> text, Style style) {
            return new Cell(text, style, Element.ALIGN_LEFT, null, LINE, 0.5f, 1, null);
        }

        Cell fill(Color c) {
            return new Cell(text, style, align, c, border, borderWidth, span, bookmark);
        }

        Cell border(Color c, float width) {
            return new Cell(text, style, align, fill, c, width, span, bookmark);
        }

        Cell align(int a) {
            return new Cell(text, style, a, fill, border, borderWidth, span, bookmark);
        }

        Cell span(int columns) {
            return new Cell(text, style, align, fill, border, borderWidth, columns, bookmark);
        }

        Cell bookmark(String title) {
            return new Cell(text, style, align, fill, border, borderWidth, span, title);
        }

        Cell style(Style s) {
            return new Cell(text, s, align, fill, border, borderWidth, span, bookmark);
        }
    }

    /** A cell laid out: its lines, its width, and the height its text needs. */
    record Laid(Cell cell, List<TextLines.Line> lines, float x, float width, float height) {}

    /** A row laid out: its cells and its height (the tallest cell's). */
    record Row(List<Laid> cells, float height) {}

    private final float[] widths;
    private final float indent;
    private final List<List<Cell>> rows = new ArrayList<>();

    /** @param widths absolute column widths in points; {@code indent} from the left margin */
    Table(float[] widths, float indent) {
        this.widths = widths.clone();
        this.indent = indent;
    }

    /** Relative column widths spread over {@code total} points. */
    static float[] spread(float total, float... relative) {
        float sum = 0;
        for (float w : relative) sum += w;
        float[] abs = new float[relative.length];
        for (int i = 0; i < relative.length; i++) abs[i] = relative[i] / sum * total;
        return abs;
    }

    Table row(List<Cell> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    Table row(Cell... cells) {
        return row(List.of(cells));
    }

    int columns() {
        return widths.length;
    }

    float indent() {
        return indent;
    }

    /** Every row laid out: text wrapped to its cell, heights as OpenPDF computes them. */
    List<Row> layout(PdfFonts fonts) {
        List<Row> out = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            List<Laid> cells = new ArrayList<>(row.size());
            float x = indent;
            int col = 0;
            float height = 0;
            for (Cell c : row) {
                float w = 0;
                for (int i = col; i < Math.min(widths.length, col + c.span()); i++) w += widths[i];
                Style st = c.style();
                List<TextLines.Line> lines = TextLines.wrap(fonts, c.text(), w - st.left() - st.right(), 0);
                float h = st.top() + st.bottom();
                for (TextLines.Line l : lines) h += st.leading() * l.size();
                cells.add(new Laid(c, lines, x, w, h));
                height = Math.max(height, h);
                x += w;
                col += c.span();
            }
            out.add(new Row(cells, height));
        }
        return out;
    }
}
