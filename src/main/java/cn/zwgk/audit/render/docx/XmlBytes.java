package cn.zwgk.audit.render.docx;

import java.util.Arrays;

/**
 * XML built as UTF-8 bytes in place. A letter's document part is mostly ASCII markup around short Chinese texts;
 * built as a String it was a UTF-16 buffer copied into the next, then encoded whole — the encoding alone was two
 * fifths of the Word letter's time. Markup is copied as it is, text is escaped and encoded once, as it comes.
 */
final class XmlBytes {

    private byte[] bytes;
    private int size;

    XmlBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Markup, every character of it ASCII (the caller's word): its chars are its UTF-8 bytes. */
    @SuppressWarnings("deprecation")   // String.getBytes(int, int, byte[], int) keeps the low byte: ASCII's UTF-8
    XmlBytes markup(String ascii) {
        int n = ascii.length();
        room(n);
        ascii.getBytes(0, n, bytes, size);
        size += n;
        return this;
    }

    XmlBytes number(long number) {
        return markup(Long.toString(number));
    }

    XmlBytes append(XmlBytes other) {
        room(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
        return this;
    }

    /** Element text: {@code <}, {@code &}, {@code ]]>} and CR escaped; a character XML does not allow as '?'. */
    XmlBytes text(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> markup("&lt;");
                case '&' -> markup("&amp;");
                // only "]]>" must not appear in text
                case '>' -> markup(i - start >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : ">");
                case '\r' -> markup("&#13;");
                default -> i = character(s, i, end);
            }
        }
        return this;
    }

    /** A double-quoted attribute's value, escaped. */
    XmlBytes attribute(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> markup("&lt;");
                case '&' -> markup("&amp;");
                case '"' -> markup("&quot;");
                case '\n' -> markup("&#10;");
                case '\r' -> markup("&#13;");
                case '\t' -> markup("&#9;");
                default -> i = character(s, i, s.length());
            }
        }
        return this;
    }

    /**
     * The character at {@code i} encoded, a surrogate pair as one; a character XML does not allow (a control
     * character, a lone surrogate) as '?'. Returns the index of the last char used.
     */
    private int character(String s, int i, int end) {
        char c = s.charAt(i);
        room(4);
        byte[] b = bytes;
        if (c < 0x80) {
            b[size++] = (byte) (c >= 0x20 || c == '\t' || c == '\n' ? c : '?');
        } else if (c < 0x800) {
            b[size++] = (byte) (0xC0 | c >> 6);
            b[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            b[size++] = (byte) (0xF0 | cp >> 18);
            b[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[size++] = (byte) (0x80 | cp & 0x3F);
            return i + 1;
        } else if (Character.isSurrogate(c) || c > 0xFFFD) {
            b[size++] = '?';
        } else {
            b[size++] = (byte) (0xE0 | c >> 12);
            b[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[size++] = (byte) (0x80 | c & 0x3F);
        }
        return i;
    }

    boolean sameBytes(XmlBytes other) {
        return this == other || Arrays.equals(bytes, 0, size, other.bytes, 0, other.size);
    }

    boolean isEmpty() {
        return size == 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void room(int n) {
        if (size + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }
}
