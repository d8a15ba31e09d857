package cn.zwgk.audit.render;

import cn.zwgk.audit.model.CellState;

import java.awt.Color;

/** How the appendix tables look, the same in the PDF letter and the Word letter: fills (hex RGB), column widths. */
public final class AppendixLook {

    private AppendixLook() {}

    /**
     * What a value cell shows besides its text, with its fill (null: none); the first that applies: a cell a finding
     * names (its text bold and red), one the report does not have (grey text), one left blank.
     */
    public enum Mark {
        FLAGGED("F6C9C9"), MISSING("D9D9D9"), BLANK("FFF0B3"), PLAIN(null);

        private final String fill;

        Mark(String fill) {
            this.fill = fill;
        }

        public String fill() {
            return fill;
        }

        public static Mark of(AuditView.CellView cell) {
            if (cell.flagged()) return FLAGGED;
            if (cell.state() == CellState.MISSING) return MISSING;
            if (cell.state() == CellState.BLANK) return BLANK;
            return PLAIN;
        }
    }

    /** The header row. */
    public static final String HEADER = "E8ECF2";
    /** A group's heading over its rows. */
    public static final String GROUP = "F7F7F7";

    /** How many times as wide as a value column a table's label column is. */
    public static float labelWidth(String table) {
        return switch (table) {
            case "T3" -> 5.6f;
            case "T4" -> 3.2f;
            default -> 3f;
        };
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex, 16));
    }
}
