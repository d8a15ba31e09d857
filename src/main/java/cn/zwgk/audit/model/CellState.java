package cn.zwgk.audit.model;

/** What a table cell holds. Only {@link #NUMBER} cells take part in arithmetic identities. */
public enum CellState {
    /** a non-negative integer: {@link Cell#value()} is set */
    NUMBER,
    /** a number with a fractional part (valid only for the fee amount in 万元): {@link Cell#amount()} is set */
    DECIMAL,
    /** a negative number: {@link Cell#value()} is set */
    NEGATIVE,
    /** the cell is present but empty */
    BLANK,
    /** "/", "—", "-", "无" and the like: a placeholder, not a zero */
    DASH,
    /** any other non-numeric text */
    TEXT,
    /** the row or the cell never appears: the document ends first, or the row was left out */
    MISSING
}
