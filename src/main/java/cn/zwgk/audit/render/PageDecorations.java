package cn.zwgk.audit.render;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ContentOps;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per page: the footer line and "第 x 页 共 y 页" (y is written into a shared template when the document closes).
 * Headings tagged with {@link #outline(String)} become PDF bookmarks at their position.
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final String OUTLINE = "outline:";
    private static final float SIZE = 8.5f;
    private static final Color GREY = new Color(0x66, 0x66, 0x66);

    private final PdfFonts fonts;
    private final String footer;
    private final String pageNumber;
    private final Set<String> outlined = new HashSet<>();
    private final ContentOps glyphs = new ContentOps();
    private PdfTemplate total;
    /** The footer laid out at the first page: the same on every page. */
    private TextLines.Line footerLine;

    /** @param pageNumber e.g. "第 ${page} 页 共 ${pages} 页" */
    PageDecorations(PdfFonts fonts, String footer, String pageNumber) {
        this.fonts = fonts;
        this.footer = footer;
        this.pageNumber = pageNumber;
    }

    /** The generic tag that turns a heading chunk into a bookmark. */
    static String outline(String title) {
        return OUTLINE + title;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(60, 14);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (text.startsWith(OUTLINE)) bookmark(writer, text.substring(OUTLINE.length()), rect.getTop());
    }

    /** A bookmark to the current page, a little above {@code top} (the heading's top); once per title. */
    void bookmark(PdfWriter writer, String title, float top) {
        if (!outlined.add(title)) return; // a heading split over two lines reports twice
        new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, top + 12), title, false);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float y = document.bottomMargin() - 24;
        float left = document.left();
        float right = document.right();
        cb.setColorStroke(new Color(0xBB, 0xBB, 0xBB));
        cb.setLineWidth(0.5f);
        cb.moveTo(left, y + 12);
        cb.lineTo(right, y + 12);
        cb.stroke();
        TextPen pen = new TextPen(cb, glyphs);
        if (footerLine == null) footerLine = line(footer);
        pen.line(footerLine, left, y);

        // "第 x 页 共 " now, "y 页" into the template at close; the template is as wide as the total's digits
        String page = Integer.toString(writer.getPageNumber());
        int cut = pageNumber.indexOf("${pages}");
        String before = Templates.fill(cut < 0 ? pageNumber : pageNumber.substring(0, cut), Map.of("page", page));
        float wBefore = fonts.width(before, SIZE);
        float wAfter = cut < 0 ? 0 : fonts.width(page + afterPages(), SIZE);
        float x = right - wBefore - wAfter;
        pen.line(line(before), x, y);
        pen.end();
        if (cut >= 0) cb.addTemplate(total, x + wBefore, y - 3);
    }

    /** {@code text} on one line in the footer's style. */
    private TextLines.Line line(String text) {
        return TextLines.wrap(fonts, List.of(Span.regular(text.replace('\n', ' '), SIZE, GREY)), Float.MAX_VALUE, 0).get(0);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        if (pageNumber.indexOf("${pages}") < 0) return;
        String pages = Integer.toString(writer.getPageNumber() - 1);
        total.beginText();
        total.setColorFill(GREY);
        PdfText.show(total, PdfContentByte.ALIGN_LEFT, pages + afterPages(), 0, 3, SIZE);
        total.endText();
    }

    private String afterPages() {
        int cut = pageNumber.indexOf("${pages}");
        return cut < 0 ? "" : pageNumber.substring(cut + "${pages}".length());
    }
}
