package cn.zwgk.audit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One canonical cell of table 二, 三 or 四.
 *
 * <p>Cells are made by the table registry ({@code tables.TableLayout#cell}) from rules/labels.yaml. Row, column and
 * group keys are stable identifiers that the rules use:
 * <ul>
 *   <li>T3 rows: {@code A}, {@code B}, {@code C1}, {@code C2}, {@code C3.1}…{@code C3.8}, {@code C4.1}…{@code C4.3},
 *       {@code C5.1}…{@code C5.5}, {@code C6.1}…{@code C6.3}, {@code C7}, {@code D}; T3 columns: {@code 自然人},
 *       {@code 商业企业}, {@code 科研机构}, {@code 社会公益组织}, {@code 法律服务机构}, {@code 其他}, {@code 总计}.</li>
 *   <li>T4 rows: {@code 行政复议}, {@code 未经复议直接起诉}, {@code 复议后起诉}; columns: {@code 结果维持},
 *       {@code 结果纠正}, {@code 其他结果}, {@code 尚未审结}, {@code 总计}.</li>
 *   <li>T2 rows: {@code 规章}, {@code 行政规范性文件}, {@code 行政许可}, {@code 行政处罚}, {@code 行政强制},
 *       {@code 行政事业性收费}; columns: {@code 本年制发件数}, {@code 本年废止件数}, {@code 现行有效件数},
 *       {@code 本年处理决定数量}, {@code 本年收费金额}.</li>
 * </ul>
 *
 * @param table       {@code T2}, {@code T3} or {@code T4}
 * @param row         row key (see above)
 * @param rowLabel    the format's full label for the row, e.g. "一、本年新收政府信息公开申请数量"
 * @param column      column key (see above)
 * @param columnLabel the format's label for the column (for T4 including the group, e.g. "行政复议 总计")
 * @param groups      keys of the groups the row stands under, innermost first, e.g. [不予公开, 办理结果] for C3.1
 * @param order       the cell's place in the table's reading order (row by row, column by column)
 * @param state       what the cell holds
 * @param value       the integer value for {@link CellState#NUMBER} and {@link CellState#NEGATIVE}, else null
 * @param amount      the numeric value for NUMBER, NEGATIVE and DECIMAL cells, else null
 * @param raw         the cell text as printed; null for MISSING cells
 * @param line        source line of the cell; for MISSING cells the line where its row was expected (or 0)
 */
public record Cell(String table, String row, String rowLabel, String column, String columnLabel, List<String> groups,
                   int order, CellState state, Long value, BigDecimal amount, String raw, int line) {

    public Cell {
        groups = List.copyOf(groups);
    }

    /** The key that names this cell in findings and outputs: {@code T3|C7|总计}. */
    public String key() {
        return key(table, row, column);
    }

    public static String key(String table, String row, String column) {
        return table + "|" + row + "|" + column;
    }
}
