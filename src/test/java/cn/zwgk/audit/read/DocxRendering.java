package cn.zwgk.audit.read;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
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
        return docx(seed, false);
    }

    /**
     * @param numbered headings "一、…" and "(一)…" carry their numbers in a Word list (automatic numbering) instead of
     *                 in their text, where the numbers follow on from each other
     */
    static byte[] docx(SeedText seed, boolean numbered) throws IOException {
        return docx(seed, numbered, false);
    }

    /**
     * @param byStyle the numbered headings take their numbers from their paragraph styles (as Word's 标题 1 and 2 do
     *                when linked to a list): 标题 1 names the list, 标题 2 is based on it and names its level
     */
    static byte[] docx(SeedText seed, boolean numbered, boolean byStyle) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger numId = numbered ? numbering(doc) : null;
            if (byStyle) headingStyles(doc, numId);
            int[] counters = new int[2];
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
                String text = numbered ? numbered(p, b.text(), numId, counters, byStyle) : b.text();
                if (!text.equals(b.text())) {
                    run.setText(text);
                } else if (i == 0 && b.text().contains("年度报告")) {
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

    private static final Pattern LEVEL0 = Pattern.compile("^([一二三四五六七八九十]+)、(.+)");
    private static final Pattern LEVEL1 = Pattern.compile("^\\(([一二三四五六七八九十]+)\\)(.+)");

    /** Puts a leading "一、" or "(一)" into the list when it is the number the list would show; returns the rest. */
    private static String numbered(XWPFParagraph p, String text, BigInteger numId, int[] counters, boolean byStyle) {
        var m0 = LEVEL0.matcher(text);
        if (m0.matches() && m0.group(1).equals(DocxNumbering.number(counters[0] + 1, "chineseCounting"))) {
            counters[0]++;
            counters[1] = 0;
            if (byStyle) {
                p.setStyle("ListHeading1");
            } else {
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ZERO);
            }
            return m0.group(2);
        }
        var m1 = LEVEL1.matcher(text);
        if (m1.matches() && m1.group(1).equals(DocxNumbering.number(counters[1] + 1, "chineseCounting"))) {
            counters[1]++;
            if (byStyle) {
                p.setStyle("ListHeading2");
            } else {
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ONE);
            }
            return m1.group(2);
        }
        return text;
    }

    private static void headingStyles(XWPFDocument doc, BigInteger numId) {
        var styles = doc.createStyles();
        var h1 = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        h1.setStyleId("ListHeading1");
        h1.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        h1.addNewName().setVal("heading 1");
        h1.addNewPPr().addNewNumPr().addNewNumId().setVal(numId);
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(h1, styles));
        var h2 = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        h2.setStyleId("ListHeading2");
        h2.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        h2.addNewName().setVal("heading 2");
        h2.addNewBasedOn().setVal("ListHeading1");
        h2.addNewPPr().addNewNumPr().addNewIlvl().setVal(BigInteger.ONE);
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(h2, styles));
    }

    private static BigInteger numbering(XWPFDocument doc) {
        var ct = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
        ct.setAbstractNumId(BigInteger.valueOf(3));
        String[] texts = {"%1、", "(%2)"};
        for (int i = 0; i < texts.length; i++) {
            var lvl = ct.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING);
            lvl.addNewLvlText().setVal(texts[i]);
        }
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abs = numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
        return numbering.addNum(abs);
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
