package cn.zwgk.audit.read;

import java.util.ArrayList;
import java.util.List;

/** Collects the lines a structured reader produces, numbering them and dropping empty ones. */
final class LineBuilder {

    private final List<SourceLine> lines = new ArrayList<>();
    private int tables;

    void text(String raw, String origin) {
        String t = PipeRow.lineText(raw);
        if (!t.isEmpty()) lines.add(new SourceLine(lines.size() + 1, t, origin));
    }

    /** Emits a table's rows with text as pipe lines, origin "表格N 第M行" (prefixed with {@code where}, e.g. the page). */
    void table(List<List<String>> rows, String where) {
        if (rows.stream().allMatch(r -> r.stream().allMatch(String::isEmpty))) return;
        tables++;
        int m = 0;
        for (List<String> row : rows) {
            if (row.stream().allMatch(String::isEmpty)) continue;
            m++;
            String origin = (where == null ? "" : where + " ") + "表格" + tables + " 第" + m + "行";
            lines.add(new SourceLine(lines.size() + 1, PipeRow.format(row), origin));
        }
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    SourceDocument build(String file, String format, String encoding) {
        return new SourceDocument(file, format, encoding, lines);
    }
}
