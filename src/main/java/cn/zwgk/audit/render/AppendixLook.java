package cn.zwgk.audit.render;

import java.awt.Color;

/** How the appendix tables look, the same in the PDF letter and the Word letter: fills (hex RGB), column widths. */
public final class AppendixLook {

    private AppendixLook() {}

    /** A cell a finding names (its text bold and red). */
    public static final String FLAGGED = "F6C9C9";
    /** A cell the report does not have. */
    public static final String MISSING = "D9D9D9";
    /** A cell left blank. */
    public static final String BLANK = "FFF0B3";
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
