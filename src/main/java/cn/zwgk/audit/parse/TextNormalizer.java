package cn.zwgk.audit.parse;

/**
 * Normalisation for matching only: radicals as the ideographs they stand for, NFKC (full-width digits and punctuation
 * to half-width), traditional to simplified characters, dashes unified, whitespace next to Chinese characters removed,
 * pinyin annotations ("生態(tài)環境") dropped. The raw text is kept alongside (see {@link NormText}) for quoting.
 *
 * <p>The character map is read once per JVM ({@link CharTable}, made from ICU at build time), after which
 * normalising is a table lookup and safe from any thread.
 */
final class TextNormalizer {

    private TextNormalizer() {}

    /** Per BMP character: its replacement, or null when it stays as it is (see {@link CharTable}). */
    private static final class Table {
        static final String[] MAP = CharTable.load();
    }

    /** Forces the one-off table load (for benchmarks and warm-up). */
    static void warmUp() {
        if (Table.MAP.length == 0) throw new IllegalStateException();
    }

    /**
     * Every line and cell of a report passes through here, so it works on arrays, not through StringBuilder's
     * per-character calls, and gives back the raw string itself when nothing changes.
     */
    /** 〇 and 零 are 0, 一 to 九 are 1 to 9 (index modulo 10). */
    private static final String YEAR_DIGITS = "〇一二三四五六七八九零";

    /**
     * Whether four Chinese digits of a year of this era or the last stand at {@code i}, followed by 年 (spaces between
     * allowed) and not preceded by another digit: "二〇二三年", "二零二三 年度", "一九九九年" (never "二十三年"). The caller
     * asks only at a 一 or a 二, which every such year begins with: it runs on every character normalised.
     */
    private static boolean chineseYear(char[] s, int i, int n) {
        int j = i + 4;
        while (j < n && isWhitespace(s[j])) j++;
        if (j >= n || s[j] != '年') return false;
        if (i > 0 && YEAR_DIGITS.indexOf(s[i - 1]) >= 0) return false;
        for (int k = 0; k < 4; k++) if (YEAR_DIGITS.indexOf(s[i + k]) < 0) return false;
        int century = (YEAR_DIGITS.indexOf(s[i]) % 10) * 10 + YEAR_DIGITS.indexOf(s[i + 1]) % 10;
        return century == 19 || century == 20;
    }

    static NormText normalize(String raw) {
        String[] map = Table.MAP;
        int len = raw.length();
        // first pass: each character as the table maps it; at[i] is the raw index behind out[i]
        char[] out = new char[len];
        int[] at = new int[len + 1];
        int n = 0;
        boolean changed = false;
        char[] src = raw.toCharArray();
        for (int i = 0; i < len; i++) {
            char c = src[i];
            String r = map[c];
            if (r == null) {
                out[n] = c;
                at[n++] = i;
                continue;
            }
            changed = true;
            int need = n + r.length() + (len - i - 1);     // room for this replacement and the rest unchanged
            if (need > out.length) {
                int size = Math.max(out.length * 2, need);
                out = java.util.Arrays.copyOf(out, size);
                at = java.util.Arrays.copyOf(at, size + 1);
            }
            for (int k = 0; k < r.length(); k++) {
                out[n] = r.charAt(k);
                at[n++] = i;
            }
        }
        // second pass, in place (it writes at m <= i, behind what it still reads): drop whitespace next to
        // non-ASCII characters (keep one between two ASCII words) and pinyin annotations
        int m = 0;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if (isWhitespace(c)) {
                int j = i;
                while (j < n && isWhitespace(out[j])) j++;
                if (m > 0 && j < n && isAsciiWord(out[m - 1]) && isAsciiWord(out[j])) {
                    changed |= c != ' ' || j > i + 1;
                    out[m] = ' ';
                    at[m++] = at[i];
                } else {
                    changed = true;
                }
                i = j - 1;
                continue;
            }
            if ((c == '一' || c == '二') && chineseYear(out, i, n)) {
                // "二〇二三年": a year in Chinese digits reads as 2023年, digit for digit
                for (int k = 0; k < 4; k++) {
                    out[m] = (char) ('0' + YEAR_DIGITS.indexOf(out[i + k]) % 10);
                    at[m++] = at[i + k];
                }
                changed = true;
                i += 3;
                continue;
            }
            if (c == '(' && m > 0 && isHan(out[m - 1])) {
                int end = pinyinEnd(out, i, n);
                if (end > 0) {
                    changed = true;
                    i = end;
                    continue;
                }
            }
            out[m] = c;
            at[m++] = at[i];
        }
        at[m] = len;
        String text = changed ? new String(out, 0, m) : raw;
        return new NormText(raw, text, at.length == m + 1 ? at : java.util.Arrays.copyOf(at, m + 1));
    }

    /** The index of the ')' closing a pinyin annotation opened at {@code open}, or -1. */
    private static int pinyinEnd(char[] s, int open, int length) {
        int i = open + 1;
        boolean vowel = false;
        while (i < length && i - open <= 7) {
            char c = s[i];
            if (c == ')') return i > open + 1 && vowel ? i : -1;
            if (!isPinyinLetter(c)) return -1;
            if ("aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".indexOf(c) >= 0) vowel = true;
            i++;
        }
        return -1;
    }

    private static boolean isPinyinLetter(char c) {
        return (c >= 'a' && c <= 'z') || "üāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".indexOf(c) >= 0;
    }

    /**
     * {@link Character#isWhitespace}, which is a table look-up, asked only for the characters it can be true of:
     * none from U+0021 to U+167F or above U+3000 (ideographs, letters, digits, punctuation) is whitespace.
     */
    static boolean isWhitespace(char c) {
        return (c <= ' ' || (c >= '\u1680' && c <= '\u3000')) && Character.isWhitespace(c);
    }

    private static boolean isAsciiWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    /**
     * A key for comparing labels: the normalised text with everything but Chinese characters, letters and digits
     * removed ("（二）部分公开（区分…）" → "二部分公开区分…", "1.属于国家秘密" → "1属于国家秘密").
     */
    static String labelKey(String normalised) {
        char[] chars = normalised.toCharArray();    // every table cell is keyed, some several times: no StringBuilder
        int n = 0;
        for (char c : chars) if (isHan(c) || Character.isLetterOrDigit(c)) chars[n++] = c;
        String key = n == chars.length ? normalised : new String(chars, 0, n);
        // 其它 is written for 其他 as often as not ("3.其它", "其它结果"): one label either way
        return key.indexOf('它') < 0 ? key : key.replace("其它", "其他");
    }

    static String labelKeyOfRaw(String raw) {
        return labelKey(normalize(raw).text());
    }
}
