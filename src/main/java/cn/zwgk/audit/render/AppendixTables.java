package cn.zwgk.audit.render;

import com.lowagie.text.Element;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The appendix: tables 三 and 四 cell by cell as the parser read them, so the agency sees exactly which cells a finding
 * means. Cells named by a finding are red; cells the report does not have are grey; blank cells are yellow.
 */
final class AppendixTables {

    private static final Color HEADER = AppendixLook.color(AppendixLook.HEADER);
    private static final Color GROUP = AppendixLook.color(AppendixLook.GROUP);
    /** Each mark's fill as a colour, made once (some 350 cells a letter). */
    private static final Map<AppendixLook.Mark, Color> FILLS = new EnumMap<>(AppendixLook.Mark.class);

    static {
        for (AppendixLook.Mark m : AppendixLook.Mark.values()) {
            if (m.fill() != null) FILLS.put(m, AppendixLook.color(m.fill()));
        }
    }

    private final ReportTemplate t;
    private final PdfFonts fonts;

    AppendixTables(ReportTemplate t, PdfFonts fonts) {
        this.t = t;
        this.fonts = fonts;
    }

    void add(PageFlow flow, AuditView view) {
        flow.newPage();
        String title = t.appendix().get("title");
        flow.paragraph(List.of(Span.bold(title, 14)), 16, Element.ALIGN_LEFT, 0, title);
        flow.space(4);
        flow.paragraph(Span.regular(t.appendix().get("note"), 9, Ink.GREY.color()), 13.5f);
        flow.space(8);
        for (AuditView.TableView table : view.tables()) table(flow, table);
    }

    /** The grid's cells: 7.5-point text centred in its row, 3 points in from the sides. */
    private static final float SIZE = 7.5f;
    private static final Table.Style GRID = new Table.Style(2.5f, 2.5f, 3, 3, 1.3f, true,
            // the glyphs, not the line boxes, centred in the row
            (1.3f * SIZE - SIZE) / 2 + SIZE * 0.12f);
    /** An absent table's title, 8 points below what is above it (its note under it: {@link ReportPdf#LINE}). */
    private static final Table.Style ABSENT_TITLE = new Table.Style(8, 0, 0, 0, 16 / 11.5f, false, 0);
    /** A table's title above its grid, at the margin: half a point left of the grid's outer line. */
    private static final Table.Style TITLE = new Table.Style(2, 6.5f, -0.5f, 2, 1, false, 0);

    private void table(PageFlow flow, AuditView.TableView table) {
        if (!table.present()) {
            // the title and its note in one block kept on one page, as a present table's title with its grid
            Table absent = new Table(new float[] {flow.width()}, 0);
            absent.row(Table.Cell.of(List.of(Span.bold(table.title(), 11.5f)), ABSENT_TITLE).border(null, 0)
                    .bookmark(table.title()));
            absent.row(Table.Cell.of(List.of(Span.regular(t.appendix().get("absent"), 10, Ink.GREY.color())),
                    ReportPdf.LINE).border(null, 0));
            flow.table(absent, true, 0, 0);
            return;
        }
        int columns = table.layout().columns().size();
        float[] widths = new float[columns + 1];
        Arrays.fill(widths, 1);
        widths[0] = AppendixLook.labelWidth(table.layout().id());
        // half a point in from the margin: the grid's outer lines stay inside the text width
        Table grid = new Table(Table.spread(flow.width() - 2, widths), 0.5f);
        // title and grid in one block kept on one page, so the title never stays behind at a page foot
        grid.row(Table.Cell.of(List.of(Span.bold(table.title(), 11.5f)), TITLE).span(columns + 1).border(null, 0)
                .bookmark(table.title()));
        List<Table.Cell> header = new ArrayList<>();
        header.add(cell(t.appendix().get("rowHeader"), true, Color.BLACK, Element.ALIGN_LEFT).fill(HEADER));
        for (var col : table.layout().columns()) {
            header.add(cell(col.key(), true, Color.BLACK, Element.ALIGN_CENTER).fill(HEADER));
        }
        grid.row(header);
        for (AuditView.Row row : table.rows()) {
            for (String group : row.groupHeadings()) {
                grid.row(cell(group, true, Color.BLACK, Element.ALIGN_LEFT).fill(GROUP).span(columns + 1));
            }
            List<Table.Cell> line = new ArrayList<>();
            line.add(cell(row.label(), false, Color.BLACK, Element.ALIGN_LEFT));
            for (AuditView.CellView cell : row.cells()) line.add(box(cell));
            grid.row(line);
        }
        flow.table(grid, true, 8, 0.5f);
    }

    private static Table.Cell cell(String text, boolean bold, Color color, int align) {
        // a grid cell's text on as few lines as fit, whatever line breaks the report had
        String flat = text == null ? "" : text.replace('\n', ' ');
        return Table.Cell.of(List.of(new Span(flat, SIZE, bold, color)), GRID).align(align);
    }

    private static Table.Cell box(AuditView.CellView cell) {
        AppendixLook.Mark mark = AppendixLook.Mark.of(cell);
        boolean flagged = mark == AppendixLook.Mark.FLAGGED;
        Color ink = flagged ? Ink.RED.color() : mark == AppendixLook.Mark.MISSING ? Ink.GREY.color() : Color.BLACK;
        Table.Cell c = cell(cell.text(), flagged, ink, Element.ALIGN_CENTER);
        if (FILLS.containsKey(mark)) c = c.fill(FILLS.get(mark));
        return flagged ? c.border(Ink.RED.color(), 1) : c;
    }
}
