package cn.zwgk.audit.render;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/** A horizontal bar chart drawn as vector graphics: one labelled bar per entry, its count at the end. */
final class BarChart {

    private static final float BAR = 11;
    private static final float GAP = 5;
    private static final float FONT = 8;

    private BarChart() {}

    /**
     * @param colors a colour per key, or the default for keys not in it
     */
    static Image draw(PdfContentByte cb, PdfFonts fonts, float width, Map<String, String> labels,
                      Map<String, Long> values, Map<String, Color> colors, Color defaultColor) {
        List<String> keys = List.copyOf(values.keySet());
        float labelWidth = 0;
        for (String k : keys) labelWidth = Math.max(labelWidth, fonts.width(labels.getOrDefault(k, k), FONT));
        labelWidth += 6;
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        float countWidth = fonts.width(Long.toString(max), FONT) + 8;
        float plot = Math.max(20, width - labelWidth - countWidth);
        float height = Math.max(1, keys.size()) * (BAR + GAP) + GAP;
        PdfTemplate tpl = cb.createTemplate(width, height);
        float y = height - GAP - BAR;
        for (String k : keys) {
            long v = values.get(k);
            float w = max == 0 ? 0 : plot * v / max;
            ColumnText.showTextAligned(tpl, Element.ALIGN_RIGHT,
                    PdfText.phrase(labels.getOrDefault(k, k), fonts.regular(FONT, Color.BLACK)), labelWidth - 6, y + 3, 0);
            tpl.setColorFill(colors.getOrDefault(k, defaultColor));
            tpl.rectangle(labelWidth, y, Math.max(w, v > 0 ? 1 : 0), BAR);
            tpl.fill();
            ColumnText.showTextAligned(tpl, Element.ALIGN_LEFT,
                    PdfText.phrase(Long.toString(v), fonts.regular(FONT, Color.DARK_GRAY)), labelWidth + w + 4, y + 3, 0);
            y -= BAR + GAP;
        }
        tpl.setColorStroke(new Color(0x88, 0x88, 0x88));
        tpl.setLineWidth(0.5f);
        tpl.moveTo(labelWidth, 0);
        tpl.lineTo(labelWidth, height);
        tpl.stroke();
        return Image.getInstance(tpl);
    }
}
