package cn.zwgk.audit.parse;

/**
 * An immutable set of characters for the parser's scans over every character of a report (where a cue, a negator, a
 * Chinese numeral or a pattern's first character may stand). {@link java.util.BitSet} would do, but under the C1
 * compiler the launcher runs with its checked {@code get} costs twice this one-word test in those loops.
 */
final class CharSet {

    /** One bit per BMP character: 1,024 words, so that no character is out of range. */
    private final long[] words = new long[(Character.MAX_VALUE + 1) >>> 6];

    private CharSet() {}

    static CharSet of(CharSequence chars) {
        CharSet set = new CharSet();
        for (int i = 0; i < chars.length(); i++) set.words[chars.charAt(i) >>> 6] |= 1L << chars.charAt(i);
        return set;
    }

    boolean contains(char c) {
        return (words[c >>> 6] & (1L << c)) != 0;
    }
}
