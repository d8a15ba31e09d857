package cn.zwgk.audit.render.docx;

import cn.zwgk.audit.render.TitleLines;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A Word document in 公文 style: A4 with the standard margins, the title in the title font, headings in the heading
 * font, text in the body font (from office.yaml; Word substitutes a font the machine lacks). Text is written as given,
 * a '\n' a line break.
 */
public final class Docx implements AutoCloseable {

    /** The fonts when office.yaml names none: those of GB/T 9704 as Word users have them. */
    public static final Map<String, String> DEFAULT_FONTS = Map.of("fontTitle", "方正小标宋简体", "fontHeading", "黑体",
            "fontBody", "仿宋_GB2312");
    public static final String RED = "B01E1E";
    public static final String GREY = "555555";

    private final XWPFDocument doc = new XWPFDocument();
    private final String title;
    private final String heading;
    private final String body;

    /** @param fonts fontTitle, fontHeading, fontBody (missing ones: {@link #DEFAULT_FONTS}) */
    public Docx(Map<String, ?> fonts) {
        this.title = font(fonts, "fontTitle");
        this.heading = font(fonts, "fontHeading");
        this.body = font(fonts, "fontBody");
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        // GB/T 9704: top 37 mm, left 28 mm, right 26 mm, bottom 35 mm (in twentieths of a point)
        mar.setTop(BigInteger.valueOf(2098));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
        mar.setBottom(BigInteger.valueOf(1984));
    }

    private static String font(Map<String, ?> fonts, String key) {
        Object v = fonts.get(key);
        return v == null || v.toString().isBlank() ? DEFAULT_FONTS.get(key) : v.toString();
    }

    public XWPFDocument document() {
        return doc;
    }

    /** The text width of the page in points (A4 less the margins above). */
    private static final double TEXT_WIDTH = (11906 - 1588 - 1474) / 20.0;

    /** A centred title in the title font, broken into balanced lines for this page's width ({@link TitleLines}). */
    public XWPFParagraph title(String text, double size, String color) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(200);
        // one ideograph is about as wide as the font is high; a little spare for Word's own metrics
        run(p, TitleLines.balance(text.replace("\n", ""), TEXT_WIDTH / size - 1), title, size, false, color);
        return p;
    }

    /** A red line under the office's name (版头分隔线). */
    public void rule() {
        XWPFParagraph p = doc.createParagraph();
        p.setBorderBottom(Borders.SINGLE);
        var line = p.getCTP().getPPr().getPBdr().getBottom();
        line.setColor(RED);
        line.setSz(BigInteger.valueOf(12));
        p.setSpacingAfter(240);
    }

    public XWPFParagraph heading(String text, double size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(200);
        p.setSpacingAfter(100);
        p.setKeepNext(true);
        run(p, text, heading, size, false, null);
        return p;
    }

    /** A paragraph of body text; {@code indent} gives it the two-character first-line indent of 公文 paragraphs. */
    public XWPFParagraph text(String text, double size, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        if (indent) p.setFirstLineIndent((int) Math.round(size * 2 * 20));
        p.setSpacingAfter(60);
        run(p, text, body, size, false, null);
        return p;
    }

    public XWPFParagraph aligned(String text, double size, ParagraphAlignment align) {
        XWPFParagraph p = text(text, size, false);
        p.setAlignment(align);
        return p;
    }

    /** Appends a run in the body font. */
    public XWPFRun add(XWPFParagraph p, String text, double size, boolean bold, String color) {
        return run(p, text, body, size, bold, color);
    }

    /** Appends a run in the heading font. */
    public XWPFRun addHeading(XWPFParagraph p, String text, double size, String color) {
        return run(p, text, heading, size, false, color);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold, String color) {
        XWPFRun r = p.createRun();
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) r.addBreak();
            r.setText(lines[i], i);
        }
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setBold(bold);
        if (color != null) r.setColor(color);
        return r;
    }

    /** A table with a header row (bold) and the rows given, in the body font; columns in proportion to weights. */
    public XWPFTable table(List<String> header, List<List<String>> rows, double size, double... weights) {
        XWPFTable t = doc.createTable(rows.size() + (header.isEmpty() ? 0 : 1), Math.max(1,
                header.isEmpty() ? rows.get(0).size() : header.size()));
        t.setWidth("100%");
        int r = 0;
        if (!header.isEmpty()) {
            for (int c = 0; c < header.size(); c++) cell(t.getRow(0).getCell(c), header.get(c), size, true);
            t.getRow(0).setRepeatHeader(true);
            r = 1;
        }
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) cell(t.getRow(r).getCell(c), row.get(c), size, false);
            r++;
        }
        if (weights.length > 0) {
            double sum = java.util.Arrays.stream(weights).sum();
            for (var row : t.getRows()) {
                for (int c = 0; c < Math.min(weights.length, row.getTableCells().size()); c++) {
                    row.getCell(c).setWidth(Math.round(100 * weights[c] / sum) + "%");
                }
            }
        }
        doc.createParagraph().setSpacingAfter(0);
        return t;
    }

    private void cell(XWPFTableCell cell, String text, double size, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        run(p, text, bold ? heading : body, size, false, null);
    }

    public void pageBreak() {
        doc.createParagraph().setPageBreak(true);
    }

    public void write(OutputStream out) throws IOException {
        doc.write(out);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
