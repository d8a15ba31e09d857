package cn.zwgk.audit.read;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/** A .docx as an office writes it: title, headings, paragraphs (some with manual line breaks), merged table cells. */
final class DocxRendering {

    private static final Pattern HEADING = Pattern.compile("^[一二三四五六]、.*");

    private DocxRendering() {}

    static byte[] docx(SeedText seed) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // headers and footers are not part of the report's text
            doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("第 1 页");
            List<SeedText.Block> blocks = seed.blocks;
            for (int i = 0; i < blocks.size(); i++) {
                SeedText.Block b = blocks.get(i);
                if (b.table()) {
                    table(doc, b.rows());
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                if (i == 0 && b.text().contains("年度报告")) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.setStyle("Title");
                    run.setBold(true);
                    run.setText(b.text());
                } else if (HEADING.matcher(b.text()).matches()) {
                    p.setStyle("Heading1");
                    run.setBold(true);
                    run.setText(b.text());
                } else if (i % 4 == 1 && i + 1 < blocks.size() && !blocks.get(i + 1).table()
                        && !HEADING.matcher(blocks.get(i + 1).text()).matches()) {
                    // two paragraphs in one, split by a manual line break (Shift+Enter)
                    run.setText(b.text());
                    run.addBreak();
                    p.createRun().setText(blocks.get(++i).text());
                } else {
                    p.setIndentationFirstLine(420);
                    // text split over runs, as Word does at every formatting change
                    String t = b.text();
                    int cut = t.length() / 2;
                    run.setText(t.substring(0, cut));
                    p.createRun().setText(t.substring(cut));
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        List<SeedText.Span> spans = SeedText.spans(rows);
        XWPFTable table = doc.createTable();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (!row.getTableCells().isEmpty()) row.removeCell(0);
            for (int c = 0; c < rows.get(r).size(); ) {
                SeedText.Span own = at(spans, r, c);
                if (own != null) {
                    XWPFTableCell cell = row.addNewTableCell();
                    // "商业 企业": two paragraphs in the cell
                    String[] parts = own.text().split(" ");
                    cell.getParagraphs().get(0).createRun().setText(parts[0]);
                    for (int k = 1; k < parts.length; k++) cell.addParagraph().createRun().setText(parts[k]);
                    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    if (own.colspan() > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(own.colspan()));
                    if (own.rowspan() > 1) pr.addNewVMerge().setVal(STMerge.RESTART);
                    c += own.colspan();
                    continue;
                }
                SeedText.Span above = covering(spans, r, c);
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (above.colspan() > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(above.colspan()));
                pr.addNewVMerge(); // no value: continue
                c += above.colspan();
            }
        }
    }

    private static SeedText.Span at(List<SeedText.Span> spans, int r, int c) {
        for (SeedText.Span s : spans) if (s.row() == r && s.col() == c) return s;
        return null;
    }

    private static SeedText.Span covering(List<SeedText.Span> spans, int r, int c) {
        for (SeedText.Span s : spans) {
            if (s.col() == c && s.row() < r && r < s.row() + s.rowspan()) return s;
        }
        throw new IllegalStateException("no cell at " + r + "," + c);
    }
}
