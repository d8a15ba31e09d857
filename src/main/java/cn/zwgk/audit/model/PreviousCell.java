package cn.zwgk.audit.model;

/**
 * A cell of last year's report ({@link PreviousReport}), keyed as this year's {@link Cell}s are, so that a rule can
 * join the two years cell by cell.
 */
public record PreviousCell(String table, String row, String rowLabel, String column, String columnLabel,
                           CellState state, Long value, String raw, int line) {

    public static PreviousCell of(Cell c) {
        return new PreviousCell(c.table(), c.row(), c.rowLabel(), c.column(), c.columnLabel(), c.state(), c.value(),
                c.raw(), c.line());
    }
}
