package cn.zwgk.audit.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The value tokens collected after a row label, fitted to the row's number of columns. Empty slots at the end of a row
 * are padding ("行政许可 | 0 | ||", a bare "|" line after the row), kept in reserve for a row that is short of cells; a
 * row with more cells than columns drops the empty slots of its pipe rows, then keeps the last cells (cells shifted
 * right by a spanning label cell, seed 002).
 */
final class RowValues {

    private RowValues() {}

    /** Up to {@code columns} tokens; fewer when the text has fewer (the rest are MISSING). */
    static List<Token> fit(List<Token> collected, int columns, boolean keepLast) {
        List<Token> values = new ArrayList<>(collected);
        List<Token> reserve = new ArrayList<>();
        while (!values.isEmpty() && values.get(values.size() - 1).empty()) {
            reserve.add(0, values.remove(values.size() - 1));
        }
        // a row with too many slots loses the empty ones inside pipe rows first: "8 | ||||||||" then a bare "|" line
        for (int i = values.size() - 1; i >= 0 && values.size() > columns; i--) {
            if (values.get(i).type() == Token.Type.INLINE_EMPTY) values.remove(i);
        }
        if (values.size() > columns) {
            return keepLast ? values.subList(values.size() - columns, values.size()) : values.subList(0, columns);
        }
        while (values.size() < columns && !reserve.isEmpty()) values.add(reserve.remove(0));
        return values;
    }
}
