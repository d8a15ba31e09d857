package cn.zwgk.audit.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables of a page rebuilt from their borders: the drawn lines give the grid, a missing border between two slots means
 * a merged cell, and each glyph goes to the cell it stands in. A merged cell's text stands in its top-left slot.
 */
final class PdfTables {

    /**
     * A table found on a page: where it stands, its rows, and the glyphs it took; whether it continues the table that
     * ended the previous page; and the cells that touch its top and bottom border (where a page break cuts a cell).
     */
    record Found(float top, float bottom, float[] columns, List<List<String>> rows, List<PdfGlyph> glyphs,
                 boolean continued, List<Edge> topCells, List<Edge> bottomCells) {}

    /** A cell at the top or bottom border of a table part: the index of the row holding its text, its columns. */
    record Edge(int row, int column, int width) {}

    /** a cell that starts a label of its own: "三、", "（四）", "1.", "2、" */
    private static final Pattern LABEL_START =
            Pattern.compile("^([一二三四五六七八九十]+\\s*[、.．]|[(（]\\s*[一二三四五六七八九十]+\\s*[)）]|\\d+\\s*[.．、]).*");
    private static final Pattern NUMBER = Pattern.compile("[-−]?\\d+(\\.\\d+)?");

    private static final float TOL = 1.5f;
    /** a border reaches the vertical it meets or overshoots it; an underline stops inside the cell */
    private static final float END_INSIDE = 1.0f;
    /** how far under the baseline an underline runs, in font sizes */
    private static final float UNDERLINE = 0.25f;
    private static final int MAX_SLOTS = 100_000;
    private static final int MAX_LINES = 4_000;

    private PdfTables() {}

    /**
     * The tables of a page. {@code carry} holds the column borders of a table that ended the previous page; a table
     * of the same width that starts this page above {@code carryAbove} continues it and keeps its columns, even where
     * this page's part draws no border for them (its rows span them).
     */
    static List<Found> find(List<PdfRulings.Line> raw, List<PdfGlyph> glyphs, float[] carry, float carryAbove) {
        List<PdfRulings.Line> lines = merge(raw);
        // a page of hatching or a drawing is not a table, and pairing its lines would take long
        if (lines.size() > MAX_LINES) return List.of();
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                PdfRulings.Line a = lines.get(i), b = lines.get(j);
                if (a.horizontal() != b.horizontal() && crosses(a.horizontal() ? a : b, a.horizontal() ? b : a)) {
                    union(parent, i, j);
                }
            }
        }
        List<Found> out = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (done[root]) continue;
            done[root] = true;
            List<PdfRulings.Line> hs = new ArrayList<>(), vs = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (find(parent, j) == root) (lines.get(j).horizontal() ? hs : vs).add(lines.get(j));
            }
            Found f = table(hs, vs, glyphs, carry, carryAbove);
            if (f != null) out.add(f);
        }
        return out;
    }

    private static Found table(List<PdfRulings.Line> drawn, List<PdfRulings.Line> vs, List<PdfGlyph> glyphs,
                               float[] carry, float carryAbove) {
        List<PdfRulings.Line> hs = borders(drawn, vs, glyphs);
        float[] xs = positions(vs, false);
        float[] ys = positions(hs, true);
        boolean continued = carry != null && xs.length >= 2 && ys.length >= 2 && ys[0] < carryAbove
                && Math.abs(xs[0] - carry[0]) <= TOL && Math.abs(xs[xs.length - 1] - carry[carry.length - 1]) <= TOL;
        if (continued) xs = union(xs, carry);
        int rows = ys.length - 1, cols = xs.length - 1;
        // a single box (a frame around a paragraph or the page) is not a table
        if (rows < 1 || cols < 2 || (long) rows * cols > MAX_SLOTS) return null;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int r = 0; r < rows; r++) {
            float mid = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c + 1 < cols; c++) {
                if (!covers(vs, xs[c + 1], mid, false)) union(parent, r * cols + c, r * cols + c + 1);
            }
        }
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float mid = (xs[c] + xs[c + 1]) / 2;
                if (!covers(hs, ys[r + 1], mid, true)) union(parent, r * cols + c, (r + 1) * cols + c);
            }
        }
        int[] topLeft = new int[parent.length];
        Arrays.fill(topLeft, Integer.MAX_VALUE);
        for (int s = 0; s < parent.length; s++) {
            int g = find(parent, s);
            topLeft[g] = Math.min(topLeft[g], s); // row-major: the smallest slot is the top-left one
        }
        List<List<PdfGlyph>> cellGlyphs = new ArrayList<>();
        for (int s = 0; s < parent.length; s++) cellGlyphs.add(null);
        List<PdfGlyph> taken = new ArrayList<>();
        for (PdfGlyph g : glyphs) {
            int c = index(xs, g.centerX());
            int r = index(ys, g.centerY());
            if (c < 0 || r < 0) continue;
            int cell = find(parent, r * cols + c);
            if (cellGlyphs.get(cell) == null) cellGlyphs.set(cell, new ArrayList<>());
            cellGlyphs.get(cell).add(g);
            taken.add(g);
        }
        List<List<String>> out = new ArrayList<>();
        int[] outRow = new int[rows]; // slot row -> index in out, -1 for a row without text
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < cols; c++) {
                int s = r * cols + c;
                int g = find(parent, s);
                String text = "";
                if (topLeft[g] == s && cellGlyphs.get(g) != null) {
                    List<String> lines = new ArrayList<>();
                    for (List<PdfGlyph> l : PdfLines.lines(cellGlyphs.get(g))) lines.add(PdfLines.text(l));
                    text = PipeRow.cellText(PdfLines.join(lines));
                }
                any |= !text.isEmpty();
                row.add(text);
            }
            outRow[r] = any ? out.size() : -1;
            if (any) out.add(row);
        }
        return new Found(ys[0], ys[ys.length - 1], xs, out, taken, continued,
                edge(parent, topLeft, outRow, cols, 0), edge(parent, topLeft, outRow, cols, rows - 1));
    }

    /** The cells with text that cover slot row {@code r}, each named once, by the column its text stands in. */
    private static List<Edge> edge(int[] parent, int[] topLeft, int[] outRow, int cols, int r) {
        List<Edge> out = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            int g = find(parent, r * cols + c);
            if (topLeft[g] % cols != c || outRow[topLeft[g] / cols] < 0) continue;
            int width = 1;
            while (c + width < cols && find(parent, r * cols + c + width) == g) width++;
            out.add(new Edge(outRow[topLeft[g] / cols], c, width));
        }
        return out;
    }

    /**
     * A page break cuts a cell in two: the text of a merged group label ("（四）无" / "法提供") or of a row whose label
     * wraps past the bottom of the page goes on at the top of the next part. Such a fragment (no number, no label
     * start of its own, in the same columns as a label cell open at the bottom of the part above) is added to that
     * cell. A whole first row of fragments is one row cut in two; otherwise only a fragment in a data row, to the left
     * of that row's own label, is one (a group label's cell), so that a row label is never glued to the one before.
     * A row left empty stays (the edges' row numbers hold) and is not emitted.
     */
    static void joinAcrossPageBreak(Found above, Found below) {
        if (!below.continued() || above.rows().isEmpty() || below.rows().isEmpty()) return;
        List<String> first = below.rows().get(0);
        List<Edge> fragments = new ArrayList<>();
        List<Edge> upper = new ArrayList<>();
        boolean allFragments = true;
        for (Edge e : below.topCells()) {
            if (e.row() != 0) continue;
            String text = first.get(e.column());
            Edge up = sameColumns(above, below, e);
            String upText = up == null ? "" : above.rows().get(up.row()).get(up.column());
            boolean fragment = !text.isEmpty() && !NUMBER.matcher(text).matches()
                    && !LABEL_START.matcher(text).matches() && !upText.isEmpty() && !NUMBER.matcher(upText).matches();
            if (fragment) {
                fragments.add(e);
                upper.add(up);
            } else if (!text.isEmpty()) {
                allFragments = false;
            }
        }
        if (fragments.isEmpty()) return;
        boolean dataRow = first.stream().anyMatch(t -> NUMBER.matcher(t).matches());
        List<String> lastAbove = above.rows().get(above.rows().size() - 1);
        boolean aboveData = lastAbove.stream().anyMatch(t -> NUMBER.matcher(t).matches());
        for (int i = 0; i < fragments.size(); i++) {
            Edge e = fragments.get(i), up = upper.get(i);
            if (!allFragments && !(dataRow && aboveData && labelToTheRight(first, e.column() + e.width()))) continue;
            List<String> cell = above.rows().get(up.row());
            cell.set(up.column(), PdfLines.join(List.of(cell.get(up.column()), first.get(e.column()))));
            first.set(e.column(), "");
        }
    }

    /** The cell open at the bottom of {@code above} that has the same left and right border as {@code e} below. */
    private static Edge sameColumns(Found above, Found below, Edge e) {
        float left = below.columns()[e.column()], right = below.columns()[e.column() + e.width()];
        for (Edge u : above.bottomCells()) {
            if (Math.abs(above.columns()[u.column()] - left) <= TOL
                    && Math.abs(above.columns()[u.column() + u.width()] - right) <= TOL) {
                return u;
            }
        }
        return null;
    }

    /** Is there a label (text, not a number) in the row from column {@code from} on, before its first number? */
    private static boolean labelToTheRight(List<String> row, int from) {
        for (int c = from; c < row.size(); c++) {
            String t = row.get(c);
            if (NUMBER.matcher(t).matches()) return false;
            if (!t.isEmpty()) return true;
        }
        return false;
    }

    private static float[] union(float[] a, float[] b) {
        float[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        float[] out = new float[all.length];
        int n = 0;
        for (float v : all) if (n == 0 || v - out[n - 1] > TOL) out[n++] = v;
        return Arrays.copyOf(out, n);
    }

    /** Slot index of a coordinate between sorted borders, or -1 outside. */
    private static int index(float[] borders, float v) {
        if (v < borders[0] || v > borders[borders.length - 1]) return -1;
        for (int i = 0; i + 1 < borders.length; i++) if (v <= borders[i + 1]) return i;
        return borders.length - 2;
    }

    /** Is there a border at {@code at} that passes {@code through}? */
    private static boolean covers(List<PdfRulings.Line> lines, float at, float through, boolean horizontal) {
        for (PdfRulings.Line l : lines) {
            float pos = horizontal ? l.y0() : l.x0();
            float from = horizontal ? l.x0() : l.y0();
            float to = horizontal ? l.x1() : l.y1();
            if (Math.abs(pos - at) <= TOL && from - TOL <= through && through <= to + TOL) return true;
        }
        return false;
    }

    /**
     * The horizontal lines that are borders. An underline under a cell's text (Word pastes underlined labels) stops
     * short of the verticals of its cell and runs just under the baseline of the characters above it: it is no
     * border, and would cut the cell into one row per line.
     */
    private static List<PdfRulings.Line> borders(List<PdfRulings.Line> hs, List<PdfRulings.Line> vs,
                                                 List<PdfGlyph> glyphs) {
        List<PdfRulings.Line> out = new ArrayList<>(hs.size());
        for (PdfRulings.Line h : hs) {
            boolean short_ = !endsOnBorder(h, h.x0(), 1, vs) || !endsOnBorder(h, h.x1(), -1, vs);
            if (!short_ || !underText(h, glyphs)) out.add(h);
        }
        return out;
    }

    /** Whether a line's end ({@code inwards} +1 for the left end, -1 for the right) reaches a vertical it meets. */
    private static boolean endsOnBorder(PdfRulings.Line h, float x, int inwards, List<PdfRulings.Line> vs) {
        for (PdfRulings.Line v : vs) {
            float inside = (x - v.x0()) * inwards;    // > 0: the line stops short of the vertical; < 0: it overshoots
            if (inside <= END_INSIDE && inside >= -TOL && h.y0() >= v.y0() - TOL && h.y0() <= v.y1() + TOL) return true;
        }
        return false;
    }

    /** Whether a line runs just under the baseline of characters it spans, as an underline does. */
    private static boolean underText(PdfRulings.Line h, List<PdfGlyph> glyphs) {
        for (PdfGlyph g : glyphs) {
            if (g.space() || g.right() <= h.x0() || g.x() >= h.x1()) continue;
            float below = h.y0() - g.baseline();
            if (below >= -0.05f * g.size() && below <= UNDERLINE * g.size()) return true;
        }
        return false;
    }

    private static boolean crosses(PdfRulings.Line h, PdfRulings.Line v) {
        return v.x0() >= h.x0() - TOL && v.x0() <= h.x1() + TOL && h.y0() >= v.y0() - TOL && h.y0() <= v.y1() + TOL;
    }

    /** Distinct border positions, nearby ones taken as one. */
    private static float[] positions(List<PdfRulings.Line> lines, boolean horizontal) {
        float[] p = new float[lines.size()];
        for (int i = 0; i < p.length; i++) p[i] = horizontal ? lines.get(i).y0() : lines.get(i).x0();
        Arrays.sort(p);
        float[] out = new float[p.length];
        int n = 0;
        for (float v : p) if (n == 0 || v - out[n - 1] > TOL) out[n++] = v;
        return Arrays.copyOf(out, n);
    }

    /** Joins collinear pieces (borders are often drawn cell by cell, and twice). */
    private static List<PdfRulings.Line> merge(List<PdfRulings.Line> raw) {
        List<PdfRulings.Line> out = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            List<PdfRulings.Line> ls = new ArrayList<>();
            for (PdfRulings.Line l : raw) if (l.horizontal() == horizontal) ls.add(l);
            ls.sort(java.util.Comparator.comparingDouble(l -> pos(l, horizontal)));
            int i = 0;
            while (i < ls.size()) {
                // one position: lines within TOL of the first
                int j = i;
                float at = pos(ls.get(i), horizontal);
                while (j < ls.size() && pos(ls.get(j), horizontal) - at <= TOL) j++;
                List<PdfRulings.Line> same = new ArrayList<>(ls.subList(i, j));
                same.sort(java.util.Comparator.comparingDouble(l -> horizontal ? l.x0() : l.y0()));
                float from = Float.NaN, to = Float.NaN;
                for (PdfRulings.Line l : same) {
                    float s0 = horizontal ? l.x0() : l.y0(), s1 = horizontal ? l.x1() : l.y1();
                    if (!Float.isNaN(from) && s0 <= to + TOL) {
                        to = Math.max(to, s1);
                        continue;
                    }
                    if (!Float.isNaN(from)) out.add(line(horizontal, at, from, to));
                    from = s0;
                    to = s1;
                }
                if (!Float.isNaN(from)) out.add(line(horizontal, at, from, to));
                i = j;
            }
        }
        return out;
    }

    private static float pos(PdfRulings.Line l, boolean horizontal) {
        return horizontal ? l.y0() : l.x0();
    }

    private static PdfRulings.Line line(boolean horizontal, float at, float from, float to) {
        return horizontal ? new PdfRulings.Line(from, at, to, at) : new PdfRulings.Line(at, from, at, to);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
