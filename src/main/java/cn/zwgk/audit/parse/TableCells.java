package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;

/** Makes the canonical {@link Cell} of a token, or a MISSING cell when the text never gives one. */
final class TableCells {

    private TableCells() {}

    static Cell cell(String table, String row, String rowLabel, String column, String columnLabel, Token t,
                     int rowLine) {
        if (t == null) {
            return new Cell(table, row, rowLabel, column, columnLabel, CellState.MISSING, null, null, null, rowLine);
        }
        CellValue v = CellValue.of(t);
        return new Cell(table, row, rowLabel, column, columnLabel, v.state(), v.value(), v.amount(), t.raw(),
                t.line());
    }
}
