package cn.zwgk.audit.render;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page breaks of directly drawn tables: nothing is ever lost or drawn twice when a table or a row outgrows a page. */
class PageFlowTest {

    private static PdfChecks render(Consumer<PageFlow> content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 62, 62, 56, 64);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        PageDecorations decorations = new PageDecorations(PdfFonts.get(), "页脚", "第 ${page} 页 共 ${pages} 页");
        writer.setPageEvent(decorations);
        doc.open();
        content.accept(new PageFlow(doc, writer, PdfFonts.get(), decorations));
        doc.close();
        return PdfChecks.of(out.toByteArray());
    }

    private static Table.Cell cell(String text) {
        return Table.Cell.of(List.of(Span.regular(text, 10)), ReportPdf.CELL);
    }

    @Test
    void aTableLongerThanAPageKeepsEveryRowInOrder() throws Exception {
        Table table = new Table(Table.spread(471, 1, 4), 0);
        for (int i = 1; i <= 120; i++) table.row(cell("行" + i), cell("第" + i + "行的内容"));
        PdfChecks pdf = render(flow -> flow.table(table, true, 0, 8));
        assertTrue(pdf.pages() >= 3, "pages: " + pdf.pages());
        String text = pdf.body();
        int at = 0;
        for (int i = 1; i <= 120; i++) {
            int next = text.indexOf("第" + i + "行的内容", at);
            assertTrue(next >= at, "row " + i + " present, after row " + (i - 1));
            assertEquals(next, text.lastIndexOf("第" + i + "行的内容"), "row " + i + " drawn once");
            at = next;
        }
        for (int p = 1; p <= pdf.pages(); p++) assertTrue(pdf.text().contains("第 " + p + " 页 共 " + pdf.pages() + " 页"));
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextKeepingEveryLine() throws Exception {
        StringBuilder quote = new StringBuilder();
        for (int i = 1; i <= 400; i++) quote.append("第").append(i).append("句引文。");
        Table table = new Table(Table.spread(471, 1, 4), 0);
        table.row(cell("引文"), cell(quote.toString()));
        table.row(cell("整改要求"), cell("按原文核对。"));
        PdfChecks pdf = render(flow -> {
            flow.paragraph(Span.regular("前文", 11), 16.5f);
            flow.table(table, true, 0, 0);
            flow.paragraph(Span.regular("后文", 11), 16.5f);
        });
        assertTrue(pdf.pages() >= 2, "pages: " + pdf.pages());
        String text = pdf.body();
        int at = 0;
        for (int i = 1; i <= 400; i++) {
            int next = text.indexOf("第" + i + "句引文。", at);
            assertTrue(next >= at, "sentence " + i + " present and in order");
            at = next;
        }
        assertTrue(text.indexOf("按原文核对。") > at && text.indexOf("后文") > text.indexOf("按原文核对。"));
    }

    /** A heading with too little room under it for what follows begins the next page; with room, it stays. */
    @Test
    void keepRoomStartsANewPageOnlyWhenTooLittleIsLeft() throws Exception {
        // 40 lines of 16.5 points fill 660 of the page's 722: 62 points are left
        PdfChecks pdf = render(flow -> {
            for (int i = 1; i <= 40; i++) flow.paragraph(Span.regular("正文" + i, 11), 16.5f);
            flow.keepRoom(50);
            flow.paragraph(Span.regular("留在本页的标题", 12), 18);
            flow.keepRoom(57);
            flow.paragraph(Span.regular("移到下页的标题", 12), 18);
            flow.paragraph(Span.regular("标题下的一行", 11), 16.5f);
        });
        assertEquals(2, pdf.pages());
        assertTrue(pdf.pageLines(1).contains("留在本页的标题"), pdf.pageLines(1).toString());
        assertTrue(pdf.pageLines(2).contains("移到下页的标题"), pdf.pageLines(2).toString());
    }

    @Test
    void aTableKeptTogetherMovesWholeToTheNextPage() throws Exception {
        Table small = new Table(Table.spread(471, 1, 4), 0);
        for (int i = 1; i <= 6; i++) small.row(cell("项" + i), cell("内容" + i));
        PdfChecks pdf = render(flow -> {
            // fill the first page to within a few lines of its foot
            for (int i = 0; i < 40; i++) flow.paragraph(Span.regular("填充第" + i + "行", 11), 16.5f);
            flow.table(small, true, 0, 0);
        });
        assertEquals(2, pdf.pages());
        List<String> second = pdf.pageLines(2);
        assertTrue(second.stream().anyMatch(l -> l.contains("内容1")), "the whole table on page 2: " + second);
        assertTrue(second.stream().anyMatch(l -> l.contains("内容6")), second.toString());
    }
    /** The 通报's appendix: rows handed over a chunk at a time, the header at the top of every page they reach. */
    @Test
    void aLongTableInChunksRepeatsItsHeaderOnEveryPageAndLosesNoRow() throws Exception {
        float[] widths = Table.spread(471, 1, 4);
        List<Table.Row> header = new Table(widths, 0).row(cell("序号"), cell("问题说明")).layout(PdfFonts.get());
        StringBuilder tall = new StringBuilder();
        for (int i = 1; i <= 300; i++) tall.append("长").append(i).append("句。");
        PdfChecks pdf = render(flow -> {
            flow.paragraph(Span.regular("附件", 11), 16.5f);
            int row = 0;
            for (int chunk = 0; chunk < 3; chunk++) {
                Table rows = new Table(widths, 0);
                for (int i = 0; i < 40; i++) {
                    row++;
                    rows.row(cell("第" + row + "项"), cell(row == 70 ? tall.toString() : "第" + row + "条内容"));
                }
                flow.longTable(rows, header, chunk == 0);
            }
        });
        assertTrue(pdf.pages() >= 5, "pages: " + pdf.pages());
        for (int p = 1; p <= pdf.pages(); p++) {
            List<String> lines = pdf.pageLines(p);
            assertTrue(lines.stream().anyMatch(l -> l.contains("问题说明")), "header on page " + p + ": " + lines);
        }
        String text = pdf.body();
        assertEquals(pdf.pages(), text.split("问题说明", -1).length - 1, "the header once a page, no more");
        int at = 0;
        for (int i = 1; i <= 120; i++) {
            String mark = i == 70 ? "长300句。" : "第" + i + "条内容";
            int next = text.indexOf(mark, at);
            assertTrue(next >= at, "row " + i + " present, after row " + (i - 1));
            assertEquals(next, text.lastIndexOf(mark), "row " + i + " drawn once");
            at = next;
        }
    }
}
