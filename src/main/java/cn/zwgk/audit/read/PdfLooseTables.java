package cn.zwgk.audit.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables drawn without borders, rebuilt from the positions of labels and numbers: a run of lines in the table's font
 * whose parts stand in columns. Columns are where parts start; a line that only continues the text of cells above
 * (a label wrapped in its cell) is added to those cells.
 */
final class PdfLooseTables {

    /** parts of a row are this many font sizes apart at least (two cells' padding) */
    static final float CELL_GAP = 0.6f;
    /** a line with this many parts far apart is a table row, not prose */
    private static final float ROW_GAP = 1.0f;
    private static final Pattern NUMBER = Pattern.compile("[-−]?\\d+(\\.\\d+)?");

    private PdfLooseTables() {}

    /** Is this line a table row: three or more parts set apart by clear gaps? */
    static boolean row(List<PdfGlyph> line) {
        return PdfLines.segments(line, ROW_GAP).size() >= 3;
    }

    /** Does {@code next} wrap the cells of {@code row}: same font, one line further down, no numbers of its own? */
    static boolean continues(List<PdfGlyph> above, List<PdfGlyph> next, float[] columns, List<String> rowCells) {
        float size = above.get(0).size();
        if (Math.abs(next.get(0).size() - size) > 0.3f) return false;
        if (next.get(0).baseline() - above.get(0).baseline() > size * 1.65f) return false;
        for (List<PdfGlyph> seg : PdfLines.segments(next, CELL_GAP)) {
            if (NUMBER.matcher(PdfLines.text(seg).strip()).matches()) return false;
            int c = column(columns, seg.get(0).x(), size);
            if (c < 0 || c >= rowCells.size() || rowCells.get(c).isEmpty()) return false;
        }
        return true;
    }

    /** The table's rows: each line a row, or added to the row above when it only wraps its cells. */
    static List<List<String>> rows(List<List<PdfGlyph>> lines) {
        float size = lines.get(0).get(0).size();
        float[] columns = columns(lines, size);
        List<List<String>> rows = new ArrayList<>();
        List<PdfGlyph> above = null;
        for (List<PdfGlyph> line : lines) {
            List<String> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            boolean wraps = above != null && continues(above, line, columns, last);
            List<String> cells = wraps ? last : new ArrayList<>(java.util.Collections.nCopies(columns.length, ""));
            for (List<PdfGlyph> seg : PdfLines.segments(line, CELL_GAP)) {
                int c = Math.max(0, column(columns, seg.get(0).x(), size));
                cells.set(c, PdfLines.join(List.of(cells.get(c), PdfLines.text(seg))));
            }
            if (!wraps) rows.add(cells);
            above = line;
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) out.add(r.stream().map(PipeRow::cellText).toList());
        return out;
    }

    /** Column starts: where the parts of the lines begin, nearby starts taken as one. */
    private static float[] columns(List<List<PdfGlyph>> lines, float size) {
        List<Float> starts = new ArrayList<>();
        for (List<PdfGlyph> line : lines) {
            List<List<PdfGlyph>> segs = PdfLines.segments(line, CELL_GAP);
            if (segs.size() >= 2) for (List<PdfGlyph> s : segs) starts.add(s.get(0).x());
        }
        if (starts.isEmpty()) starts.add(lines.get(0).get(0).x());
        float[] xs = new float[starts.size()];
        for (int i = 0; i < xs.length; i++) xs[i] = starts.get(i);
        Arrays.sort(xs);
        float[] out = new float[xs.length];
        int n = 0;
        for (float x : xs) if (n == 0 || x - out[n - 1] > size * 0.8f) out[n++] = x;
        return Arrays.copyOf(out, n);
    }

    /** The column a part starting at {@code x} stands in: the last column starting at or before it. */
    private static int column(float[] columns, float x, float size) {
        int c = -1;
        for (int i = 0; i < columns.length; i++) if (columns[i] <= x + size * 0.8f) c = i;
        return c;
    }
}
