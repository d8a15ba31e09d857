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
        Notice n = source.of(s);
        // the font is loaded when a PDF is made, not when the outputs are set up (check --no-pdf never loads it)
        PdfFonts fonts = PdfFonts.get();
        Document doc = new Document(PageSize.A4, 72, 68, 90, 80);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageDecorations(fonts, n.footer(), n.pageNumber()));
        doc.addTitle(n.title().replace("\n", ""));
        doc.addAuthor(n.office());
        doc.addCreator("zwgk-audit（规则版本 " + s.rulesVersion() + "）");
        doc.open();
        doc.add(PdfText.centered(n.office(), fonts.bold(20, ReportPdf.RED)));
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(100);
        PdfPCell line = new PdfPCell(PdfText.phrase("", fonts.regular(4)));
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderColorBottom(ReportPdf.RED);
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
        Paragraph at = PdfText.heading(n.attachmentTitle(), fonts.bold(14));
        at.setAlignment(Element.ALIGN_CENTER);
        at.setSpacingAfter(10);
        doc.add(at);
        if (!n.rows().isEmpty()) {
            PdfPTable table = new PdfPTable(new float[]{0.8f, 2.5f, 4.5f, 0.8f, 2.2f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String c : n.columns()) {
                PdfPCell h = PdfText.cell(c, fonts.bold(9));
                h.setBackgroundColor(ReportPdf.LIGHT);
                table.addCell(h);
            }
            Font f = fonts.regular(8.5f);
            // one row per finding: written out as it grows (see SummaryPdf)
            table.setComplete(false);
            int rows = 0;
            for (var row : n.rows()) {
                for (String c : row) table.addCell(PdfText.cell(c, f));
                if (++rows % SummaryPdf.ROWS_AT_A_TIME == 0) doc.add(table);
            }
            table.setComplete(true);
            doc.add(table);
        }
        doc.close();
    }
}
