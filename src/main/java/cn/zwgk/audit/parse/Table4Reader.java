package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Table;
import cn.zwgk.audit.format.TableLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 四 (spec §7): one data row of 15 cells under a two-level header. The header's wrapped labels arrive cut short
 * in plain-text renderings ("结果 | 其他 | 尚未"), so cells are mapped by position (5 / 5 / 5), never by header text. A
 * text whose lines were broken at a fixed width breaks labels anywhere ("未" / "经复议直接起诉", "复议" / "后起诉"): a
 * piece of a header label is header, never a value (a value is a number, or a word such as "无" that no label holds).
 */
final class Table4Reader {

    private final ParserConfig config;

    Table4Reader(ParserConfig config) {
        this.config = config;
    }

    private static boolean value(Token t, LabelIndex headers) {
        if (!CellValue.isValue(t, headers)) return false;
        return t.empty() || CellValue.of(t).state() != CellState.TEXT || !headers.withinLabel(t.key());
    }

    TableRead read(List<Segment> region, boolean endsAtEof) {
        TableTokens tt = TableTokens.of(region);
        LabelIndex index = config.t4();
        List<Token> tokens = tt.tokens();
        Extent extent = new Extent();
        int firstHeader = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == Token.Type.TEXT && index.matchKey(t.key()) != null) {
                if (firstHeader < 0) firstHeader = i;
                extent.include(t.line());
            }
        }
        if (firstHeader < 0) return null;

        // the value row: from just after the last header cell before the first value, up to the next text
        int firstValue = -1;
        for (int i = firstHeader; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == Token.Type.TEXT && value(t, index)) {
                firstValue = i;
                break;
            }
        }
        List<Token> collected = new ArrayList<>();
        if (firstValue >= 0) {
            int header = firstValue - 1;
            while (header > firstHeader && tokens.get(header).type() != Token.Type.TEXT) header--;
            int headerLine = tokens.get(header).line();
            int total = config.tables().get("T4").rows().size() * config.tables().get("T4").columns().size();
            for (int i = header + 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!value(t, index)) {
                    // a layout with one row per group ("行政复议 | 0 | 0 | …"): group names between the values
                    if (collected.size() < total && index.withinLabel(t.key())) continue;
                    break;
                }
                if (t.type() == Token.Type.INLINE_EMPTY && t.line() == headerLine) continue;
                collected.add(t);
                extent.include(t.line());
            }
            // more cells than the table has, the first of them empty: the header's empty cells, one per line ("|"),
            // or its row's end broken onto a line of its own; a blank first value stays, being the fifteenth from last
            while (collected.size() > total && collected.get(0).empty()) collected.remove(0);
        }
        TableLayout layout = config.tables().get("T4");
        List<TableLayout.Row> rows = layout.rows();
        List<TableLayout.Column> columns = layout.columns();
        List<Token> values = RowValues.fit(collected, rows.size() * columns.size(), false);
        List<Cell> cells = new ArrayList<>();
        List<String> missingRows = new ArrayList<>();
        boolean anyMissing = false;
        int k = 0;
        int rowLine = firstValue >= 0 ? tokens.get(firstValue).line() : tokens.get(firstHeader).line();
        for (int r = 0; r < rows.size(); r++) {
            boolean none = true;
            for (int col = 0; col < columns.size(); col++) {
                Token t = k < values.size() ? values.get(k) : null;
                k++;
                Cell c = TableCells.cell(layout, r, col, t, rowLine);
                none &= c.state() == CellState.MISSING;
                anyMissing |= c.state() == CellState.MISSING;
                cells.add(c);
            }
            if (none) missingRows.add(rows.get(r).label());
        }
        Table table = new Table("T4", layout.section(), extent.first, extent.last, tt.layout(), rows.size(), missingRows,
                endsAtEof && anyMissing);
        return new TableRead(table, cells, List.of(), extent.first, extent.last);
    }
}
