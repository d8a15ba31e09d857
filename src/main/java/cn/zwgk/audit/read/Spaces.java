package cn.zwgk.audit.read;

/**
 * Spaces as a reader sees them. Text copied from web pages and word processors carries no-break spaces (U+00A0 from
 * {@code &nbsp;}, U+2007, U+202F), zero-width spaces (U+200B, U+2060) and byte-order marks inside the text (U+FEFF,
 * where files were joined): none is whitespace to Java's {@code strip()}, so "| &nbsp; |" was a cell with something in
 * it, and a heading after a stray mark was no heading. They are read as a space, or as nothing, in every format.
 */
final class Spaces {

    private Spaces() {}

    /** The text with no-break spaces as spaces and zero-width spaces and byte-order marks left out. */
    static String fold(String text) {
        int i = 0, n = text.length();
        while (i < n && !noBreak(text.charAt(i)) && !zeroWidth(text.charAt(i))) i++;
        if (i == n) return text;
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (noBreak(c)) out.append(' ');
            else if (!zeroWidth(c)) out.append(c);
        }
        return out.toString();
    }

    private static boolean noBreak(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean zeroWidth(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
