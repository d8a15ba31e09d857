package cn.zwgk.audit.render;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ContentOps;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a document out top to bottom, page after page, drawing straight onto each page: paragraphs, rules and
 * {@link Table}s, with the spacing, page breaks and bookmarks OpenPDF's Document gave the letters (spacing is dropped
 * at the top of a page; a table kept together starts a new page when it does not fit; a table taller than a page
 * breaks between rows, and a row taller than a page between lines). The document's own page events (footer, page
 * numbers) still run at each page end.
 */
final class PageFlow {

    private final Document doc;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final PageDecorations decorations;
    private final ContentOps glyphs = new ContentOps();
    /** The top of the free space on the page. */
    private float y;
    /** Nothing drawn on this page yet. */
    private boolean empty = true;

    /** @param doc open */
    PageFlow(Document doc, PdfWriter writer, PdfFonts fonts, PageDecorations decorations) {
        this.doc = doc;
        this.writer = writer;
        this.fonts = fonts;
        this.decorations = decorations;
        this.y = doc.top();
    }

    float width() {
        return doc.right() - doc.left();
    }

    /** Vertical space, dropped at the top of a page. */
    void space(float points) {
        if (!empty) y -= points;
    }

    /** A new page unless {@code points} are left on this one: for a heading that must not part from what follows. */
    void keepRoom(float points) {
        if (!empty && y - points < doc.bottom()) newPage();
    }

    void newPage() {
        if (empty) return;
        doc.newPage();
        y = doc.top();
        empty = true;
    }

    /**
     * A paragraph: lines {@code leading} apart (the first baseline one leading below the top), aligned left (the
     * first line indented), centred or right; a line that does not fit begins the next page.
     */
    void paragraph(List<Span> text, float leading, int align, float indent, String bookmark) {
        List<TextLines.Line> lines = TextLines.wrap(fonts, text, width(), align == Element.ALIGN_LEFT ? indent : 0);
        TextPen pen = null;
        for (int i = 0; i < lines.size(); i++) {
            if (y - leading < doc.bottom() && !empty) {
                if (pen != null) pen.end();
                pen = null;
                newPage();
            }
            TextLines.Line line = lines.get(i);
            float baseline = y - leading;
            float x = switch (align) {
                case Element.ALIGN_CENTER -> doc.left() + (width() - line.width()) / 2;
                case Element.ALIGN_RIGHT -> doc.right() - line.width();
                default -> doc.left() + (i == 0 ? indent : 0);
            };
            if (pen == null) pen = new TextPen(writer.getDirectContent(), glyphs);
            pen.line(line, x, baseline);
            if (i == 0 && bookmark != null) decorations.bookmark(writer, bookmark, baseline + line.size());
            y = baseline;
            empty = false;
        }
        if (pen != null) pen.end();
    }

    void paragraph(Span text, float leading) {
        paragraph(List.of(text), leading, Element.ALIGN_LEFT, 0, null);
    }

    /** A band across the text width at the bottom of the next {@code height} points (the letterhead's red line). */
    void rule(float height, float thickness, Color color) {
        PdfContentByte cb = writer.getDirectContent();
        cb.setColorFill(color);
        cb.rectangle(doc.left(), y - height, width(), thickness);
        cb.fill();
        y -= height;
        empty = false;
    }

    /**
     * {@code table} with {@code before} and {@code after} points of space; when {@code together}, moved whole to the
     * next page if it does not fit in what is left of this one.
     */
    void table(Table table, boolean together, float before, float after) {
        List<Table.Row> rows = table.layout(fonts);
        float total = 0;
        for (Table.Row r : rows) total += r.height();
        if (together && !empty && total + before > y - doc.bottom()) newPage();
        space(before);
        rows(rows, List.of(), false);
        space(after);
    }

    /**
     * More rows of a long table, laid out and drawn as they come so that a table of any length holds only this
     * chunk: {@code header} (laid out once by the caller) goes before the first chunk's rows ({@code first}), kept
     * with the first row, and again at the top of every page the rows go on to.
     */
    void longTable(Table chunk, List<Table.Row> header, boolean first) {
        List<Table.Row> rows = chunk.layout(fonts);
        if (first) {
            float height = rows.isEmpty() ? 0 : rows.get(0).height();
            for (Table.Row h : header) height += h.height();
            if (!empty && height > y - doc.bottom()) newPage();
        }
        rows(rows, header, first);
    }

    /**
     * Rows down the page ({@code header} first when {@code headerFirst}), breaking pages between them, with
     * {@code header} again at the top of each new page; a row taller than a page is cut between its lines.
     */
    private void rows(List<Table.Row> rows, List<Table.Row> header, boolean headerFirst) {
        List<Table.Row> page = new ArrayList<>();
        List<Float> tops = new ArrayList<>();
        if (headerFirst) place(header, page, tops);
        // nothing but a header on this page: a row that does not fit is cut here, not moved on
        boolean fresh = empty || headerFirst;
        for (int i = 0; i < rows.size(); i++) {
            Table.Row r = rows.get(i);
            if (r.height() > y - doc.bottom() && !fresh) {
                draw(page, tops);
                newPage();
                place(header, page, tops);
            }
            if (r.height() > y - doc.bottom()) {
                // taller than a whole page: as many lines of each cell as fit here, the rest on the next page
                Table.Row[] parts = split(r, y - doc.bottom());
                place(List.of(parts[0]), page, tops);
                draw(page, tops);
                newPage();
                place(header, page, tops);
                rows.set(i, parts[1]);
                i--;
                fresh = true;
                continue;
            }
            place(List.of(r), page, tops);
            fresh = false;
        }
        draw(page, tops);
    }

    /** Rows put on this page below what is there, to be drawn together. */
    private void place(List<Table.Row> rows, List<Table.Row> page, List<Float> tops) {
        for (Table.Row r : rows) {
            page.add(r);
            tops.add(y);
            y -= r.height();
            empty = false;
        }
    }

    /** The row cut so that its first part is {@code room} high at most; every line is in one part or the other. */
    private static Table.Row[] split(Table.Row r, float room) {
        List<Table.Laid> first = new ArrayList<>(), rest = new ArrayList<>();
        for (Table.Laid c : r.cells()) {
            Table.Style st = c.cell().style();
            float h = st.top() + st.bottom();
            int n = 0;
            while (n < c.lines().size() && (n == 0 || h + st.leading() * c.lines().get(n).size() <= room)) {
                h += st.leading() * c.lines().get(n).size();
                n++;
            }
            float restH = st.top() + st.bottom();
            for (TextLines.Line l : c.lines().subList(n, c.lines().size())) restH += st.leading() * l.size();
            first.add(new Table.Laid(c.cell(), c.lines().subList(0, n), c.x(), c.width(), h));
            rest.add(new Table.Laid(c.cell().bookmark(null), c.lines().subList(n, c.lines().size()), c.x(), c.width(),
                    restH));
        }
        float restHeight = 0;
        for (Table.Laid c : rest) restHeight = Math.max(restHeight, c.height());
        return new Table.Row[]{new Table.Row(first, room), new Table.Row(rest, restHeight)};
    }

    /**
     * The rows on this page, in layers as a reader sees them: fills, then the thin grey borders as one path, then
     * the other borders over them, then all the text in one text object.
     */
    private void draw(List<Table.Row> rows, List<Float> tops) {
        if (rows.isEmpty()) return;
        PdfContentByte cb = writer.getDirectContent();
        float left = doc.left();
        for (int r = 0; r < rows.size(); r++) {
            for (Table.Laid c : rows.get(r).cells()) {
                if (c.cell().fill() == null) continue;
                cb.setColorFill(c.cell().fill());
                ContentOps.rectangle(cb, left + c.x(), tops.get(r) - rows.get(r).height(), c.width(), rows.get(r).height());
                cb.fill();
            }
        }
        boolean thin = false;
        for (int r = 0; r < rows.size(); r++) {
            for (Table.Laid c : rows.get(r).cells()) {
                if (!thin(c.cell())) continue;
                if (!thin) {
                    cb.setColorStroke(Table.LINE);
                    cb.setLineWidth(0.5f);
                    thin = true;
                }
                ContentOps.rectangle(cb, left + c.x(), tops.get(r) - rows.get(r).height(), c.width(), rows.get(r).height());
            }
        }
        if (thin) cb.stroke();
        for (int r = 0; r < rows.size(); r++) {
            for (Table.Laid c : rows.get(r).cells()) {
                if (c.cell().border() == null || thin(c.cell())) continue;
                cb.setColorStroke(c.cell().border());
                cb.setLineWidth(c.cell().borderWidth());
                ContentOps.rectangle(cb, left + c.x(), tops.get(r) - rows.get(r).height(), c.width(), rows.get(r).height());
                cb.stroke();
            }
        }
        TextPen pen = new TextPen(cb, glyphs);
        for (int r = 0; r < rows.size(); r++) {
            float rowTop = tops.get(r);
            float rowHeight = rows.get(r).height();
            for (Table.Laid c : rows.get(r).cells()) {
                Table.Style st = c.cell().style();
                float top = rowTop - st.top() - (st.middle() ? (rowHeight - c.height()) / 2 : 0);
                float inner = c.width() - st.left() - st.right();
                boolean first = true;
                for (TextLines.Line line : c.lines()) {
                    top -= st.leading() * line.size();
                    float x = left + c.x() + st.left() + switch (c.cell().align()) {
                        case Element.ALIGN_CENTER -> (inner - line.width()) / 2;
                        case Element.ALIGN_RIGHT -> inner - line.width();
                        default -> 0;
                    };
                    pen.line(line, x, top + st.raise());
                    if (first && c.cell().bookmark() != null) {
                        decorations.bookmark(writer, c.cell().bookmark(), top + line.size());
                    }
                    first = false;
                }
            }
        }
        pen.end();
        rows.clear();
        tops.clear();
    }

    private static boolean thin(Table.Cell c) {
        return Table.LINE.equals(c.border()) && c.borderWidth() == 0.5f;
    }
}
