package cn.zwgk.audit.render;

import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Finding;
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

    /** Canonical layout of the 2021 format (spec §6–§7); labels come from the cells themselves. */
    static final List<String> T3_ROWS = List.of("A", "B", "C1", "C2", "C3.1", "C3.2", "C3.3", "C3.4", "C3.5",
            "C3.6", "C3.7", "C3.8", "C4.1", "C4.2", "C4.3", "C5.1", "C5.2", "C5.3", "C5.4", "C5.5", "C6.1", "C6.2",
            "C6.3", "C7", "D");
    static final List<String> T3_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
            "总计");
    static final List<String> T4_ROWS = List.of("行政复议", "未经复议直接起诉", "复议后起诉");
    static final List<String> T4_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    /** Group headings of table 三's outcome rows, which carry no numbers of their own. */
    private static final Map<String, String> T3_GROUPS = Map.of("C1", "三、本年度办理结果", "C3.1", "（三）不予公开",
            "C4.1", "（四）无法提供", "C5.1", "（五）不予处理", "C6.1", "（六）其他处理");

    private static final Color FLAGGED = new Color(0xF6, 0xC9, 0xC9);
    private static final Color MISSING = new Color(0xD9, 0xD9, 0xD9);
    private static final Color BLANK = new Color(0xFF, 0xF0, 0xB3);
    private static final Color HEADER = new Color(0xE8, 0xEC, 0xF2);
    private static final Color GROUP = new Color(0xF7, 0xF7, 0xF7);

    private final ReportTemplate t;
    private final PdfFonts fonts;

    AppendixTables(ReportTemplate t, PdfFonts fonts) {
        this.t = t;
        this.fonts = fonts;
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
        for (Cell cell : audit.report().cells()) cells.put(cell.table() + "|" + cell.row() + "|" + cell.column(), cell);
        table(doc, writer, audit, cells, "T3", T3_ROWS, T3_COLUMNS, 
                new float[]{7.0f, 1.25f, 1.25f, 1.25f, 1.25f, 1.25f, 1.25f, 1.25f});
        table(doc, writer, audit, cells, "T4", T4_ROWS, T4_COLUMNS, new float[]{3.2f, 1, 1, 1, 1, 1});
    }

    private void table(Document doc, PdfWriter writer, Audit audit, Map<String, Cell> cells, String id, List<String> rows,
                       List<String> columns, float[] widths) {
        String title = t.appendix().get(id);
        Phrase c = PdfText.bookmarked(title, fonts.bold(11.5f));
        boolean present = audit.report().tables().stream().anyMatch(tb -> id.equals(tb.id()))
                || cells.keySet().stream().anyMatch(k -> k.startsWith(id + "|"));
        if (!present) {
            Paragraph h = new Paragraph();
            h.setFont(c.getFont());
            h.add(c);
            h.setSpacingBefore(8);
            doc.add(h);
            doc.add(PdfText.paragraph(t.appendix().get("absent"), fonts.regular(10, ReportPdf.GREY)));
            return;
        }
        Set<String> flagged = flagged(audit, id, cells);
        float total = doc.right() - doc.left();
        float sum = 0;
        for (float w : widths) sum += w;
        float[] abs = new float[widths.length];
        for (int i = 0; i < widths.length; i++) abs[i] = widths[i] / sum * (total - 2);
        Grid grid = new Grid(fonts, 7.5f, abs);
        List<Grid.Box> header = new ArrayList<>();
        header.add(new Grid.Box(t.appendix().get("rowHeader"), true, Color.BLACK, HEADER, null, Element.ALIGN_LEFT, 1));
        for (String col : columns) header.add(new Grid.Box(col, true, Color.BLACK, HEADER, null, Element.ALIGN_CENTER, 1));
        grid.row(header);
        for (String row : rows) {
            String group = "T3".equals(id) ? T3_GROUPS.get(row) : null;
            if (group != null) {
                grid.row(List.of(new Grid.Box(group, true, Color.BLACK, GROUP, null, Element.ALIGN_LEFT,
                        columns.size() + 1)));
            }
            String rowLabel = row;
            for (String col : columns) {
                Cell cell = cells.get(id + "|" + row + "|" + col);
                if (cell != null && cell.rowLabel() != null && !cell.rowLabel().isBlank()) {
                    rowLabel = cell.rowLabel();
                    break;
                }
            }
            List<Grid.Box> line = new ArrayList<>();
            line.add(new Grid.Box(rowLabel, false, Color.BLACK, null, null, Element.ALIGN_LEFT, 1));
            for (String col : columns) {
                line.add(value(cells.get(id + "|" + row + "|" + col), flagged.contains(row + "|" + col)));
            }
            grid.row(line);
        }
        // title and grid in one unbreakable block, so the title never stays behind at a page foot
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(8);
        block.setKeepTogether(true);
        PdfPCell titleCell = new PdfPCell(c);
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

    /**
     * "row|column" keys of the cells the table's findings name. A finding names a row or a column by key or by the
     * format's label; one that names only a row marks the whole row, only a column the whole column.
     */
    static Set<String> flagged(Audit audit, String table, Map<String, Cell> cells) {
        Set<String> out = new HashSet<>();
        List<Cell> ofTable = cells.values().stream().filter(c -> table.equals(c.table())).toList();
        for (Finding f : audit.findings()) {
            if (!table.equals(f.table()) || (f.row() == null && f.column() == null)) continue;
            String row = squeeze(f.row());
            String column = squeeze(f.column());
            for (Cell c : ofTable) {
                boolean rowMatch = row == null || row.equals(c.row()) || row.equals(squeeze(c.rowLabel()));
                boolean colMatch = column == null || column.equals(c.column())
                        || column.equals(squeeze(c.columnLabel()));
                if (rowMatch && colMatch) out.add(c.row() + "|" + c.column());
            }
            // a finding on a cell the report never reached still marks the canonical position
            if (row != null && column != null) out.add(row + "|" + column);
        }
        return out;
    }

    /** Labels compared without whitespace: "行政复议 总计" and "行政复议总计" name the same column. */
    private static String squeeze(String s) {
        if (s == null) return null;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '\u3000') sb.append(ch);
        }
        return sb.toString();
    }
}
