package cn.zwgk.audit.parse;

/**
 * Counts written in Chinese numerals ("两件", "十二件") rewritten as digits for the claim patterns, with a map back to
 * the positions of the original text. Only a numeral directly before a counting unit is rewritten, and never an
 * ordinal ("第二十条").
 */
final class ChineseNumbers {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final String UNITS = "件条起份个项次";

    /** The rewritten text and, for each of its characters, the index of the original character it stands for. */
    record Rewritten(String text, int[] origin) {}

    private ChineseNumbers() {}

    static Rewritten rewrite(String s) {
        StringBuilder out = null;
        int[] origin = null;
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && isNumeral(s.charAt(j))) j++;
            long value = j > i && j < s.length() && UNITS.indexOf(s.charAt(j)) >= 0 && (i == 0 || s.charAt(i - 1) != '第')
                    ? value(s.substring(i, j)) : -1;
            if (value >= 0) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                    origin = new int[s.length() + 1];
                    for (int k = 0; k < i; k++) {
                        out.append(s.charAt(k));
                        origin[k] = k;
                    }
                }
                String digits = Long.toString(value);
                if (origin.length < out.length() + digits.length() + (s.length() - j) + 1) {
                    origin = java.util.Arrays.copyOf(origin, out.length() + digits.length() + s.length() + 1);
                }
                for (int k = 0; k < digits.length(); k++) {
                    origin[out.length()] = i;
                    out.append(digits.charAt(k));
                }
                i = j;
                continue;
            }
            int end = Math.max(j, i + 1);
            if (out != null) {
                for (int k = i; k < end; k++) {
                    if (origin.length < out.length() + 2) origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    origin[out.length()] = k;
                    out.append(s.charAt(k));
                }
            }
            i = end;
        }
        if (out == null) return null;
        origin = java.util.Arrays.copyOf(origin, out.length() + 1);
        origin[out.length()] = s.length();
        return new Rewritten(out.toString(), origin);
    }

    /** The digits and 十百千: every character of every sentence is asked, so a set, not a string search. */
    private static final CharSet NUMERALS = CharSet.of(DIGITS + "十百千");

    private static boolean isNumeral(char c) {
        return NUMERALS.contains(c);
    }

    /** The value of a numeral such as 两, 十二, 二十, 一百零五; -1 when it is not a well-formed number. */
    static long value(String s) {
        long total = 0;
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit > 0) return -1;   // "一二" is no number
                digit = DIGIT_VALUES[d];
                continue;
            }
            long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) total += digit;
        else if (digit == 0 && s.length() == 1) return 0;
        return total;
    }
}
