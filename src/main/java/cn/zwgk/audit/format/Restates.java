package cn.zwgk.audit.format;

import java.util.List;

/**
 * Which table cells a narrative metric restates (rules/claims.yaml {@code restates}): one column of a table, one row
 * or the sum of several. A fact of every rule session.
 *
 * @param label how findings name the cells, e.g. "（三）不予公开（1—8 项合计）"
 */
public record Restates(String metric, String table, List<String> rows, String column, String label) {

    public Restates {
        rows = List.copyOf(rows);
    }
}
