package cn.zwgk.audit.compare;

import cn.zwgk.audit.parse.MatchText;

/**
 * Text as it is compared for copying: the parser's normalised characters (traditional as simplified, full-width as
 * half-width) without spaces and punctuation, letters lower-cased, and every run of digits folded to one {@code #}.
 * A paragraph copied from last year with this year's numbers put in compares as the same text.
 */
final class CopyText {

    private CopyText() {}

    static String of(String raw) {
        String key = MatchText.key(raw);
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9') {
                if (b.length() == 0 || b.charAt(b.length() - 1) != '#') b.append('#');
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
