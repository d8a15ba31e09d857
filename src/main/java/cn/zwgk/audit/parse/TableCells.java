package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.format.TableLayout;

/** Makes the canonical {@link Cell} of a token, or a MISSING cell when the text never gives one. */
final class TableCells {

    private TableCells() {}

    /** The cell of the {@code row}-th row and {@code column}-th column of the layout. */
    static Cell cell(TableLayout layout, int row, int column, Token t, int rowLine) {
        if (t == null) return layout.cell(row, column, CellState.MISSING, null, null, null, rowLine);
        CellValue v = CellValue.of(t);
        return layout.cell(row, column, v.state(), v.value(), v.amount(), t.raw(), t.line());
    }
}
