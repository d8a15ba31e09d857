package cn.zwgk.audit.read;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A PDF as an office exports it (built with OpenPDF and the embedded CJK font): centred title, headings, indented
 * paragraphs wrapped by the page, bordered tables with merged cells that run across pages, page numbers.
 */
final class PdfRendering {

    private static final Pattern HEADING = Pattern.compile("^[一二三四五六]、.*");
    private static BaseFont font;

    private PdfRendering() {}

    static synchronized BaseFont font() throws IOException {
        if (font == null) {
            try (InputStream in = PdfRendering.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
                if (in == null) throw new IOException("fonts/NotoSansSC-Regular.ttf is not on the classpath");
                font = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        in.readAllBytes(), null);
            }
        }
        return font;
    }

    static byte[] pdf(SeedText seed) throws IOException {
        return pdf(seed, true);
    }

    /** @param borders false for tables drawn without any lines (columns only set apart by space) */
    static byte[] pdf(SeedText seed, boolean borders) throws IOException {
        BaseFont bf = font();
        Font body = new Font(bf, 10.5f);
        Font bold = new Font(bf, 12f, Font.BOLD);
        Font title = new Font(bf, 16f, Font.BOLD);
        Font small = new Font(bf, 8f);
        Font cellFont = new Font(bf, 7.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 60, 60);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                // a running header with the report's name, as word processors print it
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase("政府信息公开工作年度报告（" + seed.name.substring(0, 3) + "）", small), d.right(), 810, 0);
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase("- " + w.getPageNumber() + " -", small), (d.left() + d.right()) / 2, 30, 0);
            }
        });
        doc.open();
        List<SeedText.Block> blocks = seed.blocks;
        for (int i = 0; i < blocks.size(); i++) {
            SeedText.Block b = blocks.get(i);
            if (b.table()) {
                doc.add(table(b.rows(), cellFont, borders));
                continue;
            }
            Paragraph p;
            if (i == 0 && b.text().contains("年度报告")) {
                p = new Paragraph(b.text(), title);
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingAfter(12);
            } else if (HEADING.matcher(b.text()).matches()) {
                p = new Paragraph(b.text(), bold);
                p.setSpacingBefore(6);
                p.setSpacingAfter(4);
            } else {
                p = new Paragraph(18, b.text(), body);
                p.setFirstLineIndent(21);
                p.setSpacingAfter(6);
            }
            doc.add(p);
        }
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable table(List<List<String>> rows, Font f, boolean borders) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        PdfPTable t = new PdfPTable(width);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        float[] widths = new float[width];
        for (List<String> r : rows) {
            for (int c = 0; c < r.size(); c++) widths[c] = Math.max(widths[c], Math.min(9, r.get(c).length()));
        }
        for (int c = 0; c < width; c++) widths[c] = Math.max(1.6f, widths[c]);
        t.setWidths(widths);
        List<SeedText.Span> spans = SeedText.spans(padded(rows));
        for (SeedText.Span s : spans) {
            PdfPCell cell = new PdfPCell(new Phrase(s.text(), f));
            cell.setRowspan(s.rowspan());
            cell.setColspan(s.colspan());
            cell.setPadding(2.5f);
            if (!borders) cell.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
            t.addCell(cell);
        }
        return t;
    }

    /** A PDF table is a full grid: short rows are padded with empty cells. */
    static List<List<String>> padded(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> p = new ArrayList<>(r);
            while (p.size() < width) p.add("");
            out.add(p);
        }
        return out;
    }

    /** The lines a reader must find in the PDF: tables as full grids, and no spaces (the page may break at them). */
    static List<String> expectedLines(SeedText seed) {
        List<String> out = new ArrayList<>();
        for (SeedText.Block b : seed.blocks) {
            if (!b.table()) {
                out.add(b.text().replaceAll("\\s+", ""));
                continue;
            }
            // a reader sees a column only where some cell's border starts it
            List<List<String>> grid = padded(b.rows());
            java.util.TreeSet<Integer> visible = new java.util.TreeSet<>();
            for (SeedText.Span s : SeedText.spans(grid)) visible.add(s.col());
            for (List<String> r : grid) {
                List<String> seen = new ArrayList<>();
                for (int c : visible) seen.add(r.get(c));
                if (seen.stream().anyMatch(c -> !c.isEmpty())) out.add(PipeRow.format(seen).replaceAll("\\s+", ""));
            }
        }
        return out;
    }
}
