package cn.zwgk.audit.render;

import cn.zwgk.audit.model.CellState;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The appendix: tables 三 and 四 cell by cell as the parser read them, so the agency sees exactly which cells a finding
 * means. Cells named by a finding are red; cells the report does not have are grey; blank cells are yellow.
 */
final class AppendixTables {

    /** How many times as wide as a value column each table's label column is. */
    private static final Map<String, Float> LABEL_WIDTH = Map.of("T3", 5.6f, "T4", 3.2f);

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

    void add(Document doc, PdfWriter writer, AuditView view) {
        doc.newPage();
        String title = t.appendix().get("title");
        Paragraph h = PdfText.heading(title, fonts.bold(14));
        h.setSpacingAfter(4);
        doc.add(h);
        Paragraph note = PdfText.paragraph(t.appendix().get("note"), fonts.regular(9, ReportPdf.GREY));
        note.setSpacingAfter(8);
        doc.add(note);
        for (AuditView.TableView table : view.tables()) table(doc, writer, table);
    }

    private void table(Document doc, PdfWriter writer, AuditView.TableView table) {
        Phrase c = PdfText.bookmarked(table.title(), fonts.bold(11.5f));
        if (!table.present()) {
            Paragraph h = new Paragraph();
            h.setFont(c.getFont());
            h.add(c);
            h.setSpacingBefore(8);
            doc.add(h);
            doc.add(PdfText.paragraph(t.appendix().get("absent"), fonts.regular(10, ReportPdf.GREY)));
            return;
        }
        int columns = table.layout().columns().size();
        float[] widths = new float[columns + 1];
        Arrays.fill(widths, 1);
        widths[0] = LABEL_WIDTH.getOrDefault(table.layout().id(), 3f);
        float total = doc.right() - doc.left();
        float sum = 0;
        for (float w : widths) sum += w;
        float[] abs = new float[widths.length];
        for (int i = 0; i < widths.length; i++) abs[i] = widths[i] / sum * (total - 2);
        Grid grid = new Grid(fonts, 7.5f, abs);
        List<Grid.Box> header = new ArrayList<>();
        header.add(new Grid.Box(t.appendix().get("rowHeader"), true, Color.BLACK, HEADER, null, Element.ALIGN_LEFT, 1));
        for (var col : table.layout().columns()) {
            header.add(new Grid.Box(col.key(), true, Color.BLACK, HEADER, null, Element.ALIGN_CENTER, 1));
        }
        grid.row(header);
        for (AuditView.Row row : table.rows()) {
            for (String group : row.groupHeadings()) {
                grid.row(List.of(new Grid.Box(group, true, Color.BLACK, GROUP, null, Element.ALIGN_LEFT, columns + 1)));
            }
            List<Grid.Box> line = new ArrayList<>();
            line.add(new Grid.Box(row.label(), false, Color.BLACK, null, null, Element.ALIGN_LEFT, 1));
            for (AuditView.CellView cell : row.cells()) line.add(box(cell));
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

    private static Grid.Box box(AuditView.CellView cell) {
        if (cell.flagged()) {
            return new Grid.Box(cell.text(), true, ReportPdf.RED, FLAGGED, ReportPdf.RED, Element.ALIGN_CENTER, 1);
        }
        if (cell.state() == CellState.MISSING) {
            return new Grid.Box(cell.text(), false, ReportPdf.GREY, MISSING, null, Element.ALIGN_CENTER, 1);
        }
        if (cell.state() == CellState.BLANK) {
            return new Grid.Box(cell.text(), false, Color.BLACK, BLANK, null, Element.ALIGN_CENTER, 1);
        }
        return Grid.Box.of(cell.text());
    }
}
