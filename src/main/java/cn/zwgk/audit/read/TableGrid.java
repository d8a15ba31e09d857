package cn.zwgk.audit.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table as its cells are declared (HTML {@code <td rowspan colspan>}, Word gridSpan/vMerge), laid out on a grid.
 * A merged cell's text stands once, in its top-left slot. The rows below a vertically merged cell keep an empty cell
 * in its place, so the label of a group appears on the group's first row and every row keeps its columns. The extra
 * grid columns a cell spans horizontally are no cells of the row: a value cell spanning two grid columns (Word adds a
 * grid column wherever two rows' borders do not line up: "自然人" over columns 3–4 and "商业企业" over 4–5) is one
 * value, not a value and a blank.
 */
final class TableGrid {
    private static final Pattern NUMBER_LIKE = Pattern.compile("[\\d.,\\s]+");

    /** Declared spans beyond these are markup errors (or attacks), not tables. */
    private static final int MAX_COLSPAN = 100;
    private static final int MAX_ROWSPAN = 1000;
    private static final int MAX_COLUMNS = 1000;

    /** a grid slot that continues a horizontally merged cell: not printed */
    private static final String SPANNED = new String("");

    private final List<List<String>> rows = new ArrayList<>();
    /** slots of rows below the current one already covered by a rowspan from above */
    private final List<boolean[]> covered = new ArrayList<>();
    private int current = -1;
    private int column;

    /** Starts the next row. */
    void row() {
        current++;
        column = 0;
        while (rows.size() <= current) {
            rows.add(new ArrayList<>());
            covered.add(new boolean[0]);
        }
    }

    /** Leading slots a row leaves out (Word's gridBefore). */
    void skip(int slots) {
        for (int i = 0; i < slots; i++) place("", 1, 1);
    }

    /** Places a cell at the next free slot of the current row. */
    void cell(String text, int rowspan, int colspan) {
        place(text, rowspan, colspan);
    }

    /** A slot that continues a merged cell from the row above (Word's vMerge continue). */
    void continuation(int colspan) {
        place("", 1, colspan);
    }

    private void place(String text, int rowspan, int colspan) {
        colspan = Math.max(1, Math.min(colspan, MAX_COLSPAN));
        rowspan = Math.max(1, Math.min(rowspan, MAX_ROWSPAN));
        while (isCovered(current, column)) column++;
        if (column + colspan > MAX_COLUMNS) return;
        for (int r = current; r < current + rowspan; r++) {
            for (int c = column; c < column + colspan; c++) {
                if (r > current) cover(r, c);
                set(r, c, c > column ? SPANNED : r == current ? text : "");
            }
        }
        column += colspan;
    }

    private boolean isCovered(int r, int c) {
        boolean[] cov = covered.get(r);
        return c < cov.length && cov[c];
    }

    private void cover(int r, int c) {
        while (covered.size() <= r) {
            covered.add(new boolean[0]);
            rows.add(new ArrayList<>());
        }
        boolean[] cov = covered.get(r);
        if (cov.length <= c) {
            cov = java.util.Arrays.copyOf(cov, Math.max(c + 1, cov.length * 2));
            covered.set(r, cov);
        }
        cov[c] = true;
    }

    private void set(int r, int c, String text) {
        List<String> row = rows.get(r);
        while (row.size() <= c) row.add("");
        row.set(c, text);
    }

    /**
     * The rows, each as long as its last occupied slot, without the slots of horizontal spans and without rows that
     * are entirely empty. Rowspans that reach past the last declared row are cut off there. A grid column that is
     * empty in every row of a table with a header row is a spacer, not a column, and is left out.
     */
    List<List<String>> rows() {
        int last = Math.min(current, rows.size() - 1);
        boolean header = false;
        int width = 0;
        for (int r = 0; r <= last; r++) {
            List<String> row = rows.get(r);
            width = Math.max(width, row.size());
            long labels = row.stream().filter(s -> !s.isEmpty() && !NUMBER_LIKE.matcher(s).matches()).count();
            header |= labels >= 3;
        }
        boolean[] spacer = new boolean[width];
        for (int c = 0; c < width && header; c++) {
            boolean empty = true, started = false;
            for (int r = 0; r <= last && empty; r++) {
                List<String> row = rows.get(r);
                if (c >= row.size()) continue;
                String s = row.get(c);
                if (!s.isEmpty()) empty = false;
                if (s != SPANNED) started = true;
            }
            spacer[c] = empty && started;
        }
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isEmpty)) continue;
            List<String> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                String s = row.get(c);
                if (s != SPANNED && !spacer[c]) cells.add(s);
            }
            out.add(List.copyOf(cells));
        }
        return out;
    }
}
