package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.LabelMatch;
import cn.zwgk.audit.model.Table;
import cn.zwgk.audit.format.TableLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 二 (spec §5): four blocks, each a header row ("信息内容 | 本年制发件数 | …") and its rows. A row's values are
 * mapped through the block's column headers, so columns of the 2019 trial format never become 2021 cells; without
 * readable headers they are mapped by position.
 */
final class Table2Reader {

    private final ParserConfig config;

    Table2Reader(ParserConfig config) {
        this.config = config;
    }

    /** A header of the current block: a canonical column key, or null for an old-format or unknown column. */
    private record Header(String column, boolean known) {}

    TableRead read(List<Segment> region, boolean endsAtEof) {
        TableTokens tt = TableTokens.of(region);
        LabelIndex index = config.t2();
        TableLayout layout = config.tables().get("T2");
        Map<String, TableLayout.Row> rowDefs = new HashMap<>();
        for (TableLayout.Row r : layout.rows()) rowDefs.put(r.key(), r);

        Map<String, Map<String, Token>> cellsByRow = new HashMap<>();
        Map<String, Integer> rowLine = new HashMap<>();
        List<LabelMatch> labels = new ArrayList<>();
        Extent extent = new Extent();
        boolean recognised = false;

        List<Header> headers = new ArrayList<>();
        boolean inHeader = false;
        String current = null;       // the 2021 row being read
        List<Token> collected = new ArrayList<>();
        List<Header> rowHeaders = List.of();

        List<Token> stream = tt.tokens();
        for (int i = 0; i < stream.size(); i++) {
            Token t = stream.get(i);
            if (!CellValue.isValue(t, index)) {
                if (current != null && repeats(t, current, collected, index)) continue;
                if (current != null) finish(current, rowDefs.get(current), collected, rowHeaders, cellsByRow);
                current = null;
                collected = new ArrayList<>();
                LabelIndex.Hit hit = endsAtEof && i == stream.size() - 1 ? index.matchCutOffKey(t.key())
                        : index.matchKey(t.key());
                if (hit == null) {
                    if (inHeader && recognised) headers.add(new Header(null, false));
                    continue;
                }
                recognised = true;
                extent.include(t.line());
                LabelIndex.Entry e = hit.entry();
                if (e.old()) labels.add(new LabelMatch("T2", e.kind() == LabelIndex.Kind.OLD_COLUMN ? "column"
                        : e.kind() == LabelIndex.Kind.OLD_ROW ? "row" : "block", e.key(), null, t.raw(), 1.0, true,
                        t.line()));
                else if (!hit.exact()) labels.add(new LabelMatch("T2",
                        e.kind() == LabelIndex.Kind.COLUMN ? "column" : "row", e.key(), e.label(), t.raw(),
                        hit.similarity(), false, t.line()));
                switch (e.kind()) {
                    case BLOCK, OLD_BLOCK, HEADER -> {
                        headers = new ArrayList<>();
                        inHeader = true;
                    }
                    case COLUMN -> {
                        if (inHeader) headers.add(new Header(e.key(), true));
                    }
                    case OLD_COLUMN -> {
                        if (inHeader) headers.add(new Header(null, true));
                    }
                    case ROW, OLD_ROW -> {
                        inHeader = false;
                        String key = e.key();
                        if (key != null && rowDefs.containsKey(key) && !rowLine.containsKey(key)) {
                            current = key;
                            rowLine.put(key, t.line());
                            rowHeaders = List.copyOf(headers);
                        }
                    }
                    default -> { }
                }
                continue;
            }
            if (!recognised) continue;
            if (!t.empty() || current != null) extent.include(t.line());
            if (current != null) collected.add(t);
        }
        if (current != null) finish(current, rowDefs.get(current), collected, rowHeaders, cellsByRow);
        if (!recognised) return null;

        List<Cell> cells = new ArrayList<>();
        List<String> missingRows = new ArrayList<>();
        boolean anyMissing = false;
        for (int r = 0; r < layout.rows().size(); r++) {
            TableLayout.Row row = layout.rows().get(r);
            Map<String, Token> found = cellsByRow.getOrDefault(row.key(), Map.of());
            if (found.isEmpty()) missingRows.add(row.label());
            for (String column : row.columns()) {
                Cell c = TableCells.cell(layout, r, layout.indexOfColumn(column), found.get(column),
                        rowLine.getOrDefault(row.key(), 0));
                anyMissing |= c.state() == CellState.MISSING;
                cells.add(c);
            }
        }
        Table table = new Table("T2", layout.section(), extent.first, extent.last, tt.layout(), layout.rows().size(),
                missingRows, endsAtEof && anyMissing);
        return new TableRead(table, cells, Table3Reader.dedupe(labels), extent.first, extent.last);
    }

    private static void finish(String row, TableLayout.Row def, List<Token> collected, List<Header> headers,
                               Map<String, Map<String, Token>> cellsByRow) {
        List<String> columns = def.columns();
        boolean byHeader = !headers.isEmpty() && headers.stream().anyMatch(Header::known);
        List<Token> values = RowValues.fit(collected, byHeader ? Math.max(headers.size(), columns.size())
                : columns.size(), false);
        Map<String, Token> cells = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String column;
            if (byHeader && i < headers.size()) {
                Header h = headers.get(i);
                if (h.known() && h.column() == null) continue;          // an old-format column: no 2021 cell
                column = h.known() ? h.column() : (i < columns.size() ? columns.get(i) : null);
            } else column = i < columns.size() ? columns.get(i) : null;
            if (column != null && columns.contains(column)) cells.putIfAbsent(column, values.get(i));
        }
        cellsByRow.put(row, cells);
    }

    /** The current row's label again before any of its values: a merged label cell rendered twice. */
    private static boolean repeats(Token t, String current, List<Token> collected, LabelIndex index) {
        if (collected.stream().anyMatch(c -> !c.empty())) return false;
        LabelIndex.Hit hit = index.matchKey(t.key());
        return hit != null && current.equals(hit.entry().key())
                && (hit.entry().kind() == LabelIndex.Kind.ROW || hit.entry().kind() == LabelIndex.Kind.OLD_ROW);
    }
}
