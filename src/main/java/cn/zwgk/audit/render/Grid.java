package cn.zwgk.audit.render;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A table drawn straight onto the page as vector graphics and text: for the appendix's 200-odd cells this is about
 * ten times cheaper than laying out a PdfPTable, which matters across a 1,000-report batch. Text wraps by
 * {@link ChineseLineBreak}'s rules; rows grow to fit.
 */
final class Grid {

    /** One cell: text, style, and how many columns it spans. */
    record Box(String text, boolean bold, Color color, Color fill, Color border, int align, int span) {
        static Box of(String text) {
            return new Box(text, false, Color.BLACK, null, null, Element.ALIGN_CENTER, 1);
        }
    }

    private static final Color LINE = new Color(0x99, 0x99, 0x99);
    private static final float PAD_X = 3;
    private static final float PAD_Y = 2.5f;

    private final PdfFonts fonts;
    private final float size;
    private final float[] widths;
    private final float leading;
    private final List<List<Box>> rows = new ArrayList<>();

    /** @param widths absolute column widths in points */
    Grid(PdfFonts fonts, float size, float[] widths) {
        this.fonts = fonts;
        this.size = size;
        this.widths = widths.clone();
        this.leading = size * 1.3f;
    }

    void row(List<Box> cells) {
        rows.add(List.copyOf(cells));
    }

    Image draw(PdfContentByte cb) {
        float width = 0;
        for (float w : widths) width += w;
        List<List<List<String>>> lines = new ArrayList<>();
        float[] heights = new float[rows.size()];
        float height = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> rowLines = new ArrayList<>();
            int col = 0;
            int maxLines = 1;
            for (Box b : rows.get(r)) {
                List<String> wrapped = wrap(b.text(), span(col, b.span()) - 2 * PAD_X);
                rowLines.add(wrapped);
                maxLines = Math.max(maxLines, wrapped.size());
                col += b.span();
            }
            lines.add(rowLines);
            heights[r] = maxLines * leading + 2 * PAD_Y;
            height += heights[r];
        }
        PdfTemplate tpl = cb.createTemplate(width + 1, height + 1);
        List<Placed> cells = new ArrayList<>();
        float top = height + 0.5f;
        for (int r = 0; r < rows.size(); r++) {
            float x = 0.5f;
            int col = 0;
            for (int i = 0; i < rows.get(r).size(); i++) {
                Box b = rows.get(r).get(i);
                float w = span(col, b.span());
                cells.add(new Placed(b, lines.get(r).get(i), x, top - heights[r], w, heights[r]));
                x += w;
                col += b.span();
            }
            top -= heights[r];
        }
        // fills, then the thin borders as one path, then the marked cells' borders over them, then all the text in
        // one text object: a state change per colour, not per cell
        for (Placed c : cells) {
            if (c.box().fill() == null) continue;
            tpl.setColorFill(c.box().fill());
            tpl.rectangle(c.x(), c.y(), c.w(), c.h());
            tpl.fill();
        }
        tpl.setColorStroke(LINE);
        tpl.setLineWidth(0.5f);
        boolean thin = false;
        for (Placed c : cells) {
            if (c.box().border() != null) continue;
            tpl.rectangle(c.x(), c.y(), c.w(), c.h());
            thin = true;
        }
        if (thin) tpl.stroke();
        tpl.setLineWidth(1f);
        for (Placed c : cells) {
            if (c.box().border() == null) continue;
            tpl.setColorStroke(c.box().border());
            tpl.rectangle(c.x(), c.y(), c.w(), c.h());
            tpl.stroke();
        }
        tpl.beginText();
        tpl.setLineWidth(size / 30);
        Color color = null;
        Boolean bold = null;
        for (Placed c : cells) {
            Box b = c.box();
            if (!b.color().equals(color)) {
                tpl.setColorFill(b.color());
                tpl.setColorStroke(b.color());
                color = b.color();
            }
            if (!Boolean.valueOf(b.bold()).equals(bold)) {
                tpl.setTextRenderingMode(b.bold() ? PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE
                        : PdfContentByte.TEXT_RENDER_MODE_FILL);
                bold = b.bold();
            }
            text(tpl, c);
        }
        tpl.endText();
        return Image.getInstance(tpl);
    }

    /** A cell where it lands in the template: its box, its wrapped lines, and its rectangle. */
    private record Placed(Box box, List<String> lines, float x, float y, float w, float h) {}

    /** The cell's lines, centred vertically in the row. */
    private void text(PdfTemplate tpl, Placed c) {
        List<String> text = c.lines();
        float blockTop = c.y() + c.h() / 2 + text.size() * leading / 2;
        for (int i = 0; i < text.size(); i++) {
            float baseline = blockTop - (i + 1) * leading + (leading - size) / 2 + size * 0.12f;
            String line = text.get(i);
            if (line.isEmpty()) continue;
            switch (c.box().align()) {
                case Element.ALIGN_LEFT -> PdfText.show(tpl, PdfContentByte.ALIGN_LEFT, line, c.x() + PAD_X, baseline, size);
                default -> PdfText.show(tpl, PdfContentByte.ALIGN_CENTER, line, c.x() + c.w() / 2, baseline, size);
            }
        }
    }

    private float span(int col, int span) {
        float w = 0;
        for (int i = col; i < Math.min(widths.length, col + span); i++) w += widths[i];
        return w;
    }

    /** Greedy wrapping; a line ends only where {@link ChineseLineBreak} allows, else wherever it must. */
    List<String> wrap(String text, float width) {
        List<String> out = new ArrayList<>();
        String s = PdfText.clean(text == null ? "" : text).replace('\n', ' ');
        int start = 0;
        while (start < s.length()) {
            int end = start;
            float used = 0;
            while (end < s.length()) {
                float cw = fonts.width(s.codePointAt(end), size);
                if (used + cw > width && end > start) break;
                used += cw;
                end += Character.charCount(s.codePointAt(end));
            }
            if (end < s.length()) {
                int cut = end;
                while (cut > start + 1 && !ChineseLineBreak.canBreakBetween(s.charAt(cut - 1), s.charAt(cut))) cut--;
                if (cut > start + 1) {
                    end = cut;
                } else {
                    // no legal break fits: let closing marks hang past the edge rather than begin the next line
                    while (end < s.length() && ChineseLineBreak.NO_START.indexOf(s.charAt(end)) >= 0) end++;
                }
            }
            out.add(s.substring(start, end).strip());
            start = end;
            while (start < s.length() && s.charAt(start) == ' ') start++;
        }
        if (out.isEmpty()) out.add("");
        return out;
    }
}
