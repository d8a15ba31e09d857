package cn.zwgk.audit.format;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table of the format: its rows and columns in the format's order, and the groups its rows stand under.
 *
 * @param id          {@code T2}, {@code T3} or {@code T4}
 * @param section     the section it stands in
 * @param name        how findings and outputs name it, e.g. 表三
 * @param rows        the data rows, in order
 * @param columns     the columns, in order
 * @param groups      headings over rows, outer groups before the groups inside them
 * @param columnLabel how a cell's column is named, with {@code ${row}} and {@code ${column}}; null for the column's
 *                    own label
 */
public record TableLayout(String id, int section, String name, List<Row> rows, List<Column> columns,
                          List<Group> groups, String columnLabel) {

    /**
     * @param columns the keys of the columns this row has cells in
     * @param groups  the keys of the groups it stands under, innermost first
     */
    public record Row(String key, String label, List<String> columns, List<String> groups) {
        public Row {
            columns = List.copyOf(columns);
            groups = List.copyOf(groups);
        }
    }

    public record Column(String key, String label) {}

    /** A heading over rows; {@code parent} is the group it stands under, or null. */
    public record Group(String key, String label, String parent) {}

    public TableLayout {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
    }

    public Optional<Row> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<Group> group(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /** The rows under a group (directly or through a group inside it), in order. */
    public List<Row> rowsOf(String group) {
        return rows.stream().filter(r -> r.groups().contains(group)).toList();
    }

    /**
     * The groups whose heading stands just before each row, by row key: those the row is the first of, outer ones
     * first (a row no heading stands before is absent). One pass for the whole table.
     */
    public Map<String, List<Group>> groupsByFirstRow() {
        Map<String, List<Group>> out = new HashMap<>();
        for (Group g : groups) {
            for (Row r : rows) {
                if (r.groups().contains(g.key())) {
                    out.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(g);
                    break;
                }
            }
        }
        return out;
    }

    /** The cell at {@code row} × {@code column} with its labels, groups and place in the table's reading order. */
    public Cell cell(String row, String column, CellState state, Long value, BigDecimal amount, String raw, int line) {
        return cell(indexOfRow(row), indexOfColumn(column), state, value, amount, raw, line);
    }

    /**
     * The cell of the {@code r}-th row and {@code c}-th column: for readers that walk the rows and columns in order
     * and need not look each key up (a table has 175 cells).
     */
    public Cell cell(int r, int c, CellState state, Long value, BigDecimal amount, String raw, int line) {
        Row def = rows.get(r);
        Column col = columns.get(c);
        String label = col.label();
        if (columnLabel != null) label = columnLabel.replace("${row}", def.key()).replace("${column}", label);
        return new Cell(id, def.key(), def.label(), col.key(), label, def.groups(), r * columns.size() + c, state,
                value, amount, raw, line);
    }

    private int indexOfRow(String key) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).key().equals(key)) return i;
        throw new IllegalArgumentException(id + " 没有行 " + key);
    }

    public int indexOfColumn(String key) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).key().equals(key)) return i;
        throw new IllegalArgumentException(id + " 没有列 " + key);
    }
}
