package cn.zwgk.audit.read;

import cn.zwgk.audit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A plain-text report split into paragraphs and tables, with the tables laid out as a published page would hold them:
 * group labels of table 三 ("三、本年度办理结果", "(三)不予公开", …) and the table-三 header cell merged over the rows and
 * columns they head. Renderings (HTML, .docx, PDF) are built from this; reading a rendering must give back exactly
 * {@link #expectedLines()}.
 */
final class SeedText {

    static final Path SEEDS = Fixtures.SEEDS;

    /** A paragraph ({@code rows == null}) or a table ({@code text == null}). */
    record Block(String text, List<List<String>> rows) {
        boolean table() {
            return rows != null;
        }
    }

    /** A cell as rendered: top-left slot (row, col) and its spans. */
    record Span(int row, int col, int rowspan, int colspan, String text) {}

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern LEVEL0 = Pattern.compile("^[一二三四五六七八九十]+\\s*、.*");
    private static final Pattern LEVEL1 = Pattern.compile("^[(（]\\s*[一二三四五六七八九十]+\\s*[)）].*");
    private static final Pattern LEVEL2 = Pattern.compile("^\\d+\\s*[.．、].*");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\|?\\s*:?-{3,}.*");

    final String name;
    final List<Block> blocks;

    private SeedText(String name, List<Block> blocks) {
        this.name = name;
        this.blocks = blocks;
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static SeedText of(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    static SeedText parse(String name, String text) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> table = null;
        for (String raw : text.split("\\r?\\n|\\r")) {
            String line = raw.strip();
            if (line.contains("|")) {
                if (MARKDOWN_RULE.matcher(line).matches()) continue;
                if (table == null) table = new ArrayList<>();
                table.add(cells(line));
                continue;
            }
            if (table != null) {
                blocks.add(new Block(null, realign(table)));
                table = null;
            }
            if (!line.isEmpty()) blocks.add(new Block(line, null));
        }
        if (table != null) blocks.add(new Block(null, realign(table)));
        return new SeedText(name, blocks);
    }

    /** "a | b | ||" → [a, b, "", ""]; a Markdown row's leading pipe is its border. */
    static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String c : s.split("\\|", -1)) cells.add(PipeRow.cellText(c));
        return cells;
    }

    /**
     * Inline rows leave out the cells a merged label covers ("2.其他法律行政法规禁止公开 | 0 | …" under "(三)不予公开").
     * Put every label in the column of its level and pad the labels to the table's label width, as the page's grid
     * has them. Tables already on a grid (rows starting with empty cells, as Markdown has them) stay as they are.
     */
    static List<List<String>> realign(List<List<String>> rows) {
        boolean onGrid = rows.stream().anyMatch(r -> !r.isEmpty() && r.get(0).isEmpty() && hasNumber(r));
        if (onGrid) return rows;
        List<Integer> firstCol = new ArrayList<>();
        int width = 0;
        boolean group = false, subgroup = false;
        for (List<String> r : rows) {
            if (!hasNumber(r)) {
                firstCol.add(-1);
                continue;
            }
            int labels = labelCount(r);
            String first = labels > 0 ? r.get(0) : "";
            int col;
            if (LEVEL1.matcher(first).matches()) {
                col = group ? 1 : 0;
                subgroup = labels > 1;
            } else if (LEVEL2.matcher(first).matches()) {
                col = (group ? 1 : 0) + (subgroup ? 1 : 0);
            } else {
                col = 0;
                group = LEVEL0.matcher(first).matches() && labels > 1;
                subgroup = group && labels > 2;
            }
            firstCol.add(col);
            width = Math.max(width, col + labels);
        }
        List<List<String>> out = new ArrayList<>();
        boolean seenData = false;
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int col = firstCol.get(i);
            List<String> n = new ArrayList<>();
            if (col >= 0) {
                seenData = true;
                int labels = labelCount(r);
                pad(n, col);
                n.addAll(r.subList(0, labels));
                pad(n, width - col - labels);
                n.addAll(r.subList(labels, r.size()));
            } else if (!seenData && width > 1 && i == 0) {
                // the header cell over the label columns
                n.add(r.get(0));
                pad(n, width - 1);
                n.addAll(r.subList(1, r.size()));
            } else if (!seenData && width > 1) {
                pad(n, width);
                n.addAll(r);
            } else {
                n.addAll(r);
            }
            out.add(n);
        }
        return out;
    }

    private static void pad(List<String> row, int n) {
        for (int i = 0; i < n; i++) row.add("");
    }

    private static boolean hasNumber(List<String> r) {
        return r.stream().anyMatch(c -> NUMBER.matcher(c).matches());
    }

    private static boolean isNumber(String c) {
        return NUMBER.matcher(c).matches();
    }

    private static int labelCount(List<String> r) {
        int n = 0;
        while (n < r.size() && !r.get(n).isEmpty() && !isNumber(r.get(n))) n++;
        return n;
    }

    /**
     * Merged cells: a filled cell spans the empty cells to its right; a label also spans down over rows that are empty
     * in its columns. Reading the spans back on a grid (text in the top-left slot, the rest empty) gives the rows.
     */
    static List<Span> spans(List<List<String>> rows) {
        List<Span> spans = new ArrayList<>();
        boolean[][] used = new boolean[rows.size()][];
        for (int r = 0; r < rows.size(); r++) used[r] = new boolean[rows.get(r).size()];
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (used[r][c]) continue;
                String text = row.get(c);
                if (text.isEmpty()) {
                    used[r][c] = true;
                    spans.add(new Span(r, c, 1, 1, ""));
                    continue;
                }
                int colspan = 1;
                while (c + colspan < row.size() && row.get(c + colspan).isEmpty() && !used[r][c + colspan]) colspan++;
                int rowspan = 1;
                if (!isNumber(text)) {
                    while (r + rowspan < rows.size() && blank(rows.get(r + rowspan), used[r + rowspan], c, colspan)) {
                        rowspan++;
                    }
                }
                for (int rr = r; rr < r + rowspan; rr++) Arrays.fill(used[rr], c, c + colspan, true);
                spans.add(new Span(r, c, rowspan, colspan, text));
            }
        }
        return spans;
    }

    private static boolean blank(List<String> row, boolean[] used, int c, int colspan) {
        if (row.size() < c + colspan || row.stream().allMatch(String::isEmpty)) return false;
        for (int i = c; i < c + colspan; i++) if (!row.get(i).isEmpty() || used[i]) return false;
        return true;
    }

    /** The lines a reader must produce from any rendering of this text (tables as pipe rows, no empty rows). */
    List<String> expectedLines() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.table()) {
                out.add(PipeRow.lineText(b.text()));
                continue;
            }
            for (List<String> r : readBack(b.rows())) if (r.stream().anyMatch(c -> !c.isEmpty())) out.add(PipeRow.format(r));
        }
        return out;
    }

    /**
     * A table's rows as a reader gives them back from its merged cells: each cell once, in its top-left slot; under a
     * cell merged downwards an empty cell in each row below; no slots for the columns a cell spans to its right.
     */
    static List<List<String>> readBack(List<List<String>> rows) {
        List<Span> spans = spans(rows);
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            java.util.TreeMap<Integer, String> row = new java.util.TreeMap<>();
            for (Span s : spans) {
                if (s.row() <= r && r < s.row() + s.rowspan()) row.put(s.col(), s.row() == r ? s.text() : "");
            }
            out.add(new ArrayList<>(row.values()));
        }
        return out;
    }

    /** The report as plain text again, with the realigned tables. */
    String text() {
        return String.join("\n", expectedLines()) + "\n";
    }
}
