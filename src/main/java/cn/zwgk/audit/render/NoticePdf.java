package cn.zwgk.audit.render;

import cn.zwgk.audit.render.notice.Notice;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** {@code 通报.pdf}: the 通报 draft as it would be printed, the same text as {@code 通报.docx}. */
public final class NoticePdf implements BatchOutput {

    private final Notice.Source source;

    public NoticePdf(Notice.Source source) {
        this.source = source;
    }

    @Override
    public String fileName() {
        return "通报.pdf";
    }

    @Override
    public void write(BatchSummary s, OutputStream out) {
        write(source.of(s), s.rulesVersion(), out);
    }

    /** {@code n} as a PDF, its metadata naming the rules' version. */
    static void write(Notice n, String rulesVersion, OutputStream out) {
        // the font is loaded when a PDF is made, not when the outputs are set up (check --no-pdf never loads it)
        PdfFonts fonts = PdfFonts.get();
        Document doc = new Document(PageSize.A4, 72, 68, 90, 80);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setCloseStream(false);
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED); // as the letters: a few % larger, a third of the CPU
        PageDecorations decorations = new PageDecorations(fonts, n.footer(), n.pageNumber());
        writer.setPageEvent(decorations);
        doc.addTitle(n.title().replace("\n", ""));
        doc.addAuthor(n.office());
        doc.addCreator("zwgk-audit（规则版本 " + rulesVersion + "）");
        doc.open();
        doc.add(PdfText.centered(n.office(), fonts.bold(20, Ink.RED.color())));
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(100);
        PdfPCell line = new PdfPCell(PdfText.phrase("", fonts.regular(4)));
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderColorBottom(Ink.RED.color());
        line.setBorderWidthBottom(1.5f);
        line.setFixedHeight(6);
        rule.addCell(line);
        rule.setSpacingAfter(10);
        doc.add(rule);
        if (!n.docNumber().isBlank()) {
            Paragraph number = PdfText.centered(n.docNumber(), fonts.regular(12));
            number.setSpacingAfter(14);
            doc.add(number);
        }
        Paragraph title = PdfText.centered(n.title(), fonts.bold(17));
        title.setLeading(28);
        title.setSpacingAfter(14);
        doc.add(title);
        Font body = fonts.regular(12);
        doc.add(PdfText.paragraph(n.addressees(), body));
        for (Notice.Block b : n.body()) {
            // a heading with fewer than two lines' room under it begins the next page (OpenPDF keeps no heading
            // with what follows)
            if (b.heading() && writer.getVerticalPosition(true) - doc.bottom() < 6 + 3 * 22) doc.newPage();
            Paragraph p = b.heading() ? PdfText.heading(b.text(), fonts.bold(12.5f)) : PdfText.paragraph(b.text(), body);
            if (!b.heading()) p.setFirstLineIndent(24);
            p.setSpacingBefore(b.heading() ? 6 : 2);
            p.setLeading(22);
            doc.add(p);
        }
        Paragraph att = PdfText.paragraph(n.attachment(), body);
        att.setFirstLineIndent(24);
        att.setSpacingBefore(14);
        doc.add(att);
        Paragraph gap = PdfText.paragraph(" ", body);
        gap.setSpacingBefore(10);
        doc.add(gap);
        for (String l : n.signature()) {
            Paragraph p = PdfText.paragraph(l, body);
            p.setAlignment(Element.ALIGN_RIGHT);
            doc.add(p);
        }
        doc.newPage();
        // the appendix, a row per finding, drawn straight onto the pages as the letters' tables are: through
        // PdfPTable it was most of the 通报's time, and its pages broke only at each thousandth row exactly
        PageFlow flow = new PageFlow(doc, writer, fonts, decorations);
        flow.paragraph(List.of(Span.bold(n.attachmentTitle(), 14)), 21, Element.ALIGN_CENTER, 0, n.attachmentTitle());
        flow.space(10);
        if (!n.rows().isEmpty()) {
            LongTable table = new LongTable(flow, fonts, n.columns(), Element.ALIGN_LEFT, 0.8f, 2.5f, 4.5f, 0.8f, 2.2f);
            for (var row : n.rows()) {
                List<Table.Cell> cells = new ArrayList<>(row.size());
                for (String c : row) cells.add(Table.Cell.of(List.of(Span.regular(c, 8.5f)), ReportPdf.CELL));
                table.row(cells);
            }
            table.end();
        }
        doc.close();
    }
}
