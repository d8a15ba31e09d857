package cn.zwgk.audit.format;

import java.util.List;

/**
 * Which table cells a narrative metric restates (rules/claims.yaml {@code restates}): one column of a table, one row
 * or the sum of several. A fact of every rule session.
 *
 * @param label how findings name the cells, e.g. "（三）不予公开（1—8 项合计）"
 * @param also  rows of a second reading agencies use (empty: none): a number that equals their sum differs from
 *              {@code rows} only softly, e.g. "收到申请75件" counting last year's carried-over application as received
 */
public record Restates(String metric, String table, List<String> rows, String column, String label, List<String> also,
                       String alsoLabel) {

    public Restates {
        rows = List.copyOf(rows);
        also = also == null ? List.of() : List.copyOf(also);
    }
}
