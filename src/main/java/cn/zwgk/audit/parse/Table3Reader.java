package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.LabelMatch;
import cn.zwgk.audit.model.Table;
import cn.zwgk.audit.format.TableLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 三 (25 rows × 7 columns, spec §6): each row label is found by tolerant matching; the value cells after it, up
 * to the next label, are its cells, the last seven of them when there are more.
 */
final class Table3Reader {

    private static final String OLD_OTHER = TextNormalizer.labelKeyOfRaw("（六）其他处理");

    private final ParserConfig config;

    private final List<String> groupKeys;
    /** Each row's groups, by row key. */
    private final Map<String, List<String>> groups = new HashMap<>();

    Table3Reader(ParserConfig config) {
        this.config = config;
        this.groupKeys = config.tables().get("T3").groups().stream().map(g -> TextNormalizer.labelKeyOfRaw(g.label()))
                .toList();
        for (TableLayout.Row r : config.tables().get("T3").rows()) groups.put(r.key(), r.groups());
    }

    TableRead read(List<Segment> region, boolean endsAtEof) {
        TableTokens tt = TableTokens.of(region);
        LabelIndex index = config.t3();
        TableLayout layout = config.tables().get("T3");
        List<TableLayout.Column> columns = layout.columns();
        List<TableLayout.Row> rows = layout.rows();
        Map<String, List<Token>> values = new HashMap<>();
        Map<String, Integer> rowLine = new HashMap<>();
        List<LabelMatch> labels = new ArrayList<>();
        Extent extent = new Extent();
        boolean recognised = false;

        String current = null;
        String last = null;   // the last row label read
        boolean inOldOther = false;
        List<Token> collected = new ArrayList<>();
        List<Token> stream = tt.tokens();
        for (int i = 0; i < stream.size(); i++) {
            cn.zwgk.audit.limits.Budget.check();
            Token t = stream.get(i);
            if (!CellValue.isValue(t, index)) {
                if (current != null && repeats(t, current, collected, index)) continue;
                if (current != null && note(t, collected, index)) continue;
                if (current != null) finish(current, collected, values, columns.size());
                current = null;
                inOldOther = false;
                collected = new ArrayList<>();
                LabelIndex.Hit hit = endsAtEof && i == stream.size() - 1 ? index.matchCutOffKey(t.key())
                        : index.matchKey(t.key());
                if (hit == null) hit = afterGroup(t.key(), index);
                if ((hit == null || !hit.exact()) && i + 1 < stream.size() && words(stream.get(i + 1))) {
                    // a long label wrapped onto the next line: "…行政机关不" / "再处理其政府信息公开申请 | 0 | …"; its
                    // first part may already be like the label ("…其政府信息" / "公开申请 | 0 | …")
                    LabelIndex.Hit joined = index.match(t.norm() + stream.get(i + 1).norm());
                    if (joined != null && joined.entry().kind() == LabelIndex.Kind.ROW
                            && index.matchKey(stream.get(i + 1).key()) == null
                            && (hit == null || joined.similarity() > hit.similarity())) {
                        hit = joined;
                        i++;
                    }
                }
                if (hit != null && hit.entry().kind() == LabelIndex.Kind.HEADER && last != null) {
                    // a sub-row written without its number reads as the header word it is too ("其他" for "3.其他"):
                    // in the table's body, right after a row of its group, it is that row
                    LabelIndex.Entry row = index.numberedRow(t.key());
                    if (row != null && !rowLine.containsKey(row.key()) && groups.get(row.key()).equals(groups.get(last))) {
                        hit = new LabelIndex.Hit(row, LabelIndex.similarity(t.key(), row.labelKey(), 0), false);
                    }
                }
                if (hit == null) continue;
                recognised = true;
                extent.include(t.line());
                LabelIndex.Entry e = hit.entry();
                if (e.kind() == LabelIndex.Kind.ROW) {
                    last = e.key();
                    if (!rowLine.containsKey(e.key())) {
                        current = e.key();
                        rowLine.put(e.key(), t.line());
                    }
                    if (!hit.exact()) labels.add(new LabelMatch("T3", "row", e.key(), e.label(), t.raw(),
                            hit.similarity(), false, t.line()));
                } else if (e.kind() == LabelIndex.Kind.GROUP && e.labelKey().equals(OLD_OTHER)) {
                    inOldOther = true;
                }
                continue;
            }
            if (!recognised) continue;
            extent.include(t.line());
            if (current != null) collected.add(t);
            else if (inOldOther && !t.empty()) {
                // numbers right after "（六）其他处理": the 2019 format's single un-split row (spec §12)
                labels.add(new LabelMatch("T3", "row", null, null, "（六）其他处理", 1.0, true, t.line()));
                inOldOther = false;
            }
        }
        if (current != null) finish(current, collected, values, columns.size());
        if (!recognised) return null;

        List<Cell> cells = new ArrayList<>();
        List<String> missingRows = new ArrayList<>();
        boolean anyMissing = false;
        for (int r = 0; r < rows.size(); r++) {
            TableLayout.Row row = rows.get(r);
            List<Token> v = values.getOrDefault(row.key(), List.of());
            int line = rowLine.getOrDefault(row.key(), 0);
            if (v.isEmpty()) missingRows.add(row.label());
            for (int i = 0; i < columns.size(); i++) {
                Cell c = TableCells.cell(layout, r, i, i < v.size() ? v.get(i) : null, line);
                anyMissing |= c.state() == CellState.MISSING;
                cells.add(c);
            }
        }
        boolean truncated = endsAtEof && anyMissing;
        Table table = new Table("T3", layout.section(), extent.first, extent.last, tt.layout(), rows.size(), missingRows, truncated);
        return new TableRead(table, cells, dedupe(labels), extent.first, extent.last);
    }

    /** Words, not a number, a dash or an empty cell: what the rest of a wrapped label is. */
    private static boolean words(Token t) {
        return !t.empty() && CellValue.of(t).state() == CellState.TEXT;
    }

    private static void finish(String row, List<Token> collected, Map<String, List<Token>> values, int columns) {
        if (values.containsKey(row)) return;
        values.put(row, List.copyOf(RowValues.fit(collected, columns, true)));
    }

    static List<LabelMatch> dedupe(List<LabelMatch> labels) {
        Map<String, LabelMatch> m = new LinkedHashMap<>();
        for (LabelMatch l : labels) m.putIfAbsent(l.kind() + "|" + l.key() + "|" + l.found(), l);
        return List.copyOf(m.values());
    }

    /** A group label and a row label in one cell: "（三）不予公开 1.属于国家秘密". */
    private LabelIndex.Hit afterGroup(String key, LabelIndex index) {
        for (String group : groupKeys) {
            if (key.length() > group.length() && key.startsWith(group)) {
                LabelIndex.Hit hit = index.matchKey(key.substring(group.length()));
                if (hit != null && hit.entry().kind() == LabelIndex.Kind.ROW) return hit;
            }
        }
        return null;
    }

    /**
     * A parenthesised note in its own cell right after the row label, before any value: "（二）部分公开 |
     * （区分处理的，只计这一情形，不计其他情形） | 0 | …".
     */
    private static boolean note(Token t, List<Token> collected, LabelIndex index) {
        return t.norm().startsWith("(") && collected.stream().allMatch(Token::empty)
                && index.matchCutOffKey(t.key()) == null;
    }

    /** The current row's label again before any of its values: a merged label cell rendered twice. */
    private static boolean repeats(Token t, String current, List<Token> collected, LabelIndex index) {
        if (collected.stream().anyMatch(c -> !c.empty())) return false;
        LabelIndex.Hit hit = index.matchKey(t.key());
        return hit != null && current.equals(hit.entry().key())
                && (hit.entry().kind() == LabelIndex.Kind.ROW || hit.entry().kind() == LabelIndex.Kind.OLD_ROW);
    }
}
