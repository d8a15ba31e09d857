package cn.zwgk.audit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One finding, as spec/findings.md defines it. Created only by DRL rules.
 *
 * @param rule     the finding code, e.g. {@code T3_BALANCE}
 * @param section  1..6 where it applies, or null
 * @param table    {@code T2}, {@code T3}, {@code T4}, or null
 * @param row      the row label as the format prints it, or null
 * @param column   the column label, or null
 * @param line     source line, or null
 * @param expected the value the identity or the table requires, or null
 * @param actual   the value found, or null
 * @param evidence the quoted source text
 * @param message  the Chinese message, rendered from the office's template
 * @param basis    the legal basis, e.g. "《中华人民共和国政府信息公开条例》第五十条"
 * @param advice   what the agency should correct (rendered from the office's template), or null
 * @param cells    the keys ({@link Cell#key()}) of the table cells the finding is about, for outputs that mark them;
 *                 not part of the JSON contract
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Finding(String rule, Severity severity, Integer section, String table, String row, String column,
                      Integer line, Number expected, Number actual, String evidence, String message, String basis,
                      String advice, @JsonIgnore List<String> cells) {

    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** A finding about no particular cell. */
    public Finding(String rule, Severity severity, Integer section, String table, String row, String column,
                   Integer line, Number expected, Number actual, String evidence, String message, String basis,
                   String advice) {
        this(rule, severity, section, table, row, column, line, expected, actual, evidence, message, basis, advice,
                List.of());
    }
}
