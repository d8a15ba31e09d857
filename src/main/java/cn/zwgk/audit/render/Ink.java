package cn.zwgk.audit.render;

import cn.zwgk.audit.model.Severity;

import java.awt.Color;

/**
 * The colours of what the office hands out — the PDF and Word letters, the overview, the 通报 — one list for all of
 * them, so a letter looks the same in either format: the office's red (its name, the rule under it, 不通过, errors),
 * green for 通过, amber for warnings, blue for notes, grey for labels and asides, light grey for label cells.
 */
public enum Ink {
    RED("B01E1E"), GREEN("1E7B34"), AMBER("B36B00"), BLUE("2F5F9E"), GREY("555555"), LIGHT("F2F2F2");

    private final String hex;
    private final Color color;

    Ink(String hex) {
        this.hex = hex;
        this.color = AppendixLook.color(hex);
    }

    /** As Word writes a colour: six hex digits, no '#'. */
    public String hex() {
        return hex;
    }

    public Color color() {
        return color;
    }

    /** The colour of a finding's severity tag (【错误】…); grey when it has none. */
    public static Ink of(Severity severity) {
        if (severity == null) return GREY;
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> AMBER;
            case INFO -> BLUE;
        };
    }
}
