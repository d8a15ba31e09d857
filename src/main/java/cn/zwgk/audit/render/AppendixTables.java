package cn.zwgk.audit.render;

import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.format.TableLayout;
import cn.zwgk.audit.format.TableRegistry;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The appendix: tables 三 and 四 cell by cell as the parser read them, so the agency sees exactly which cells a finding
 * means. Cells named by a finding are red; cells the report does not have are grey; blank cells are yellow.
 */
final class AppendixTables {

    private static final Color FLAGGED = new Color(0xF6, 0xC9, 0xC9);
    private static final Color MISSING = new Color(0xD9, 0xD9, 0xD9);
    private static final Color BLANK = new Color(0xFF, 0xF0, 0xB3);
    private static final Color HEADER = new Color(0xE8, 0xEC, 0xF2);
    private static final Color GROUP = new Color(0xF7, 0xF7, 0xF7);

    private final ReportTemplate t;
    private final PdfFonts fonts;
    private final TableRegistry tables;

    AppendixTables(ReportTemplate t, PdfFonts fonts, TableRegistry tables) {
        this.t = t;
        this.fonts = fonts;
        this.tables = tables;
    }

    void add(Document doc, PdfWriter writer, Audit audit) {
        doc.newPage();
        String title = t.appendix().get("title");
        Paragraph h = PdfText.heading(title, fonts.bold(14));
        h.setSpacingAfter(4);
        doc.add(h);
        Paragraph note = PdfText.paragraph(t.appendix().get("note"), fonts.regular(9, ReportPdf.GREY));
        note.setSpacingAfter(8);
        doc.add(note);

        Map<String, Cell> cells = new HashMap<>();
        for (Cell cell : audit.report().cells()) cells.put(cell.key(), cell);
        Set<String> flagged = new HashSet<>();
        for (Finding f : audit.findings()) flagged.addAll(f.cells());
        table(doc, writer, audit, cells, flagged, tables.get("T3"), 5.6f);
        table(doc, writer, audit, cells, flagged, tables.get("T4"), 3.2f);
    }

    /** One table; the label column is {@code labelWidth} times as wide as a value column. */
    private void table(Document doc, PdfWriter writer, Audit audit, Map<String, Cell> cells, Set<String> flagged,
                       TableLayout layout, float labelWidth) {
        String id = layout.id();
        List<TableLayout.Column> columns = layout.columns();
        float[] widths = new float[columns.size() + 1];
        java.util.Arrays.fill(widths, 1);
        widths[0] = labelWidth;
        String title = t.appendix().get(id);
        Chunk c = PdfText.bookmarked(title, fonts.bold(11.5f));
        boolean present = audit.report().tables().stream().anyMatch(tb -> id.equals(tb.id()))
                || cells.values().stream().anyMatch(cell -> id.equals(cell.table()));
        if (!present) {
            Paragraph h = new Paragraph();
            h.setFont(c.getFont());
            h.add(c);
            h.setSpacingBefore(8);
            doc.add(h);
            doc.add(PdfText.paragraph(t.appendix().get("absent"), fonts.regular(10, ReportPdf.GREY)));
            return;
        }
        float total = doc.right() - doc.left();
        float sum = 0;
        for (float w : widths) sum += w;
        float[] abs = new float[widths.length];
        for (int i = 0; i < widths.length; i++) abs[i] = widths[i] / sum * (total - 2);
        Grid grid = new Grid(fonts, 7.5f, abs);
        List<Grid.Box> header = new ArrayList<>();
        header.add(new Grid.Box(t.appendix().get("rowHeader"), true, Color.BLACK, HEADER, null, Element.ALIGN_LEFT, 1));
        for (TableLayout.Column col : columns) {
            header.add(new Grid.Box(col.key(), true, Color.BLACK, HEADER, null, Element.ALIGN_CENTER, 1));
        }
        grid.row(header);
        for (TableLayout.Row row : layout.rows()) {
            for (TableLayout.Group group : layout.groupsStartingAt(row)) {
                grid.row(List.of(new Grid.Box(group.label(), true, Color.BLACK, GROUP, null, Element.ALIGN_LEFT,
                        columns.size() + 1)));
            }
            List<Grid.Box> line = new ArrayList<>();
            line.add(new Grid.Box(row.label(), false, Color.BLACK, null, null, Element.ALIGN_LEFT, 1));
            for (TableLayout.Column col : columns) {
                String key = Cell.key(id, row.key(), col.key());
                line.add(value(cells.get(key), flagged.contains(key)));
            }
            grid.row(line);
        }
        // title and grid in one unbreakable block, so the title never stays behind at a page foot
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(8);
        block.setKeepTogether(true);
        PdfPCell titleCell = new PdfPCell(new Phrase(c));
        titleCell.setBorder(Rectangle.NO_BORDER);
        titleCell.setPaddingLeft(0);
        titleCell.setPaddingBottom(6);
        block.addCell(titleCell);
        PdfPCell body = new PdfPCell(grid.draw(writer.getDirectContent()), false);
        body.setBorder(Rectangle.NO_BORDER);
        body.setPadding(0);
        block.addCell(body);
        doc.add(block);
    }

    private Grid.Box value(Cell cell, boolean flagged) {
        CellState state = cell == null ? CellState.MISSING : cell.state();
        String text = switch (state) {
            case NUMBER, NEGATIVE -> cell.value() != null ? cell.value().toString() : String.valueOf(cell.raw());
            case DECIMAL -> cell.amount() != null ? cell.amount().toPlainString() : String.valueOf(cell.raw());
            case BLANK -> t.appendix().get("blank");
            case MISSING -> t.appendix().get("missing");
            case DASH, TEXT -> cell.raw() == null ? "" : abbreviate(cell.raw().strip(), 8);
        };
        if (flagged) return new Grid.Box(text, true, ReportPdf.RED, FLAGGED, ReportPdf.RED, Element.ALIGN_CENTER, 1);
        if (state == CellState.MISSING) {
            return new Grid.Box(text, false, ReportPdf.GREY, MISSING, null, Element.ALIGN_CENTER, 1);
        }
        if (state == CellState.BLANK) return new Grid.Box(text, false, Color.BLACK, BLANK, null, Element.ALIGN_CENTER, 1);
        return Grid.Box.of(text);
    }

    private static String abbreviate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
