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

    static NormText normalize(String raw) {
        String[] map = Table.MAP;
        int len = raw.length();
        StringBuilder out = new StringBuilder(len);
        int[] offs = new int[len * 3 + 1];
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = raw.charAt(i);
            String r = map[c];
            if (r == null) {
                if (n == offs.length - 1) offs = java.util.Arrays.copyOf(offs, offs.length * 2);
                out.append(c);
                offs[n++] = i;
            } else {
                for (int k = 0; k < r.length(); k++) {
                    if (n == offs.length - 1) offs = java.util.Arrays.copyOf(offs, offs.length * 2);
                    out.append(r.charAt(k));
                    offs[n++] = i;
                }
            }
        }
        // second pass: drop whitespace next to non-ASCII characters (keep one between two ASCII words) and pinyin
        StringBuilder text = new StringBuilder(n);
        int[] o2 = new int[n + 1];
        int m = 0;
        for (int i = 0; i < n; i++) {
            char c = out.charAt(i);
            if (Character.isWhitespace(c)) {
                int j = i;
                while (j < n && Character.isWhitespace(out.charAt(j))) j++;
                boolean keep = m > 0 && j < n && isAsciiWord(text.charAt(m - 1)) && isAsciiWord(out.charAt(j));
                if (keep) {
                    text.append(' ');
                    o2[m++] = offs[i];
                }
                i = j - 1;
                continue;
            }
            if (c == '(' && m > 0 && isHan(text.charAt(m - 1))) {
                int end = pinyinEnd(out, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            text.append(c);
            o2[m++] = offs[i];
        }
        o2[m] = len;
        return new NormText(raw, text.toString(), java.util.Arrays.copyOf(o2, m + 1));
    }

    /** The index of the ')' closing a pinyin annotation opened at {@code open}, or -1. */
    private static int pinyinEnd(CharSequence s, int open) {
        int i = open + 1;
        boolean vowel = false;
        while (i < s.length() && i - open <= 7) {
            char c = s.charAt(i);
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
        StringBuilder b = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (isHan(c) || Character.isLetterOrDigit(c)) b.append(c);
        }
        return b.toString();
    }

    static String labelKeyOfRaw(String raw) {
        return labelKey(normalize(raw).text());
    }
}
