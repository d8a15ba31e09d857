package cn.zwgk.audit.model;

import java.util.List;

/**
 * A table that was found in the report.
 *
 * @param id            {@code T2}, {@code T3} or {@code T4}
 * @param section       the section it belongs to (2, 3 or 4)
 * @param line          first line of the table
 * @param endLine       last line of the table
 * @param layout        how its rows were laid out, for diagnostics: {@code inline}, {@code markdown},
 *                      {@code cell-per-line}, {@code flattened}, …
 * @param rowsExpected  canonical data rows of this table (T2: 6, T3: 25, T4: 3 groups)
 * @param missingRows   labels of canonical rows the text never reaches or never states, in canonical order
 * @param truncated     true when the document ends inside the table
 */
public record Table(String id, int section, int line, int endLine, String layout, int rowsExpected,
                    List<String> missingRows, boolean truncated) {

    public Table {
        missingRows = List.copyOf(missingRows);
    }
}
