package cn.zwgk.audit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of any length (a row per report in the summary, per finding in the 通报), given a row at a time and drawn
 * a thousand rows at a time through {@link PageFlow#longTable}: memory holds a chunk, not the table (through
 * PdfPTable ~7 MB a thousand rows; 20,000 rows ran out of a 100 MB heap), and the header is drawn again at the top
 * of every page.
 */
final class LongTable {

    private static final int ROWS_AT_A_TIME = 1000;

    private final PageFlow flow;
    private final float[] widths;
    private final List<Table.Row> header;
    private Table chunk;
    private int rows;
    private boolean first = true;

    /**
     * Columns {@code relative} widths across the page, headed by {@code labels} in bold on the light fill of the
     * letters' tables, aligned {@code align} (an {@link com.lowagie.text.Element} alignment).
     */
    LongTable(PageFlow flow, PdfFonts fonts, List<String> labels, int align, float... relative) {
        this.flow = flow;
        this.widths = Table.spread(flow.width(), relative);
        List<Table.Cell> heads = new ArrayList<>(labels.size());
        for (String label : labels) {
            heads.add(Table.Cell.of(List.of(Span.bold(label, 9)), ReportPdf.CELL).fill(Ink.LIGHT.color()).align(align));
        }
        this.header = new Table(widths, 0).row(heads).layout(fonts);
        this.chunk = new Table(widths, 0);
    }

    void row(Table.Cell... cells) {
        row(List.of(cells));
    }

    void row(List<Table.Cell> cells) {
        chunk.row(cells);
        if (++rows % ROWS_AT_A_TIME == 0) draw();
    }

    /** Draws the rows not yet drawn; the table ends (the header is drawn even when it has no row). */
    void end() {
        draw();
    }

    private void draw() {
        flow.longTable(chunk, header, first);
        chunk = new Table(widths, 0);
        first = false;
    }
}
