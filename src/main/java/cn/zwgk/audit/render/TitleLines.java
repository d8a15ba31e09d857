package cn.zwgk.audit.render;

/**
 * A long centred Chinese title broken into lines of about equal length, so that no line holds one word alone (公文
 * titles are set 上长下短 or balanced, never with a widow). The break falls where {@link ChineseLineBreak} allows one,
 * and preferably after a closing mark or before 《 or 关于.
 */
public final class TitleLines {

    /** Characters (ideograph widths) a title line holds at the titles' size on A4 with the letters' margins. */
    static final double LINE = 30;

    private TitleLines() {}

    /** The title with '\n' where its lines should break; unchanged when it fits on one line. */
    public static String balance(String title) {
        return balance(title, LINE);
    }

    /** As {@link #balance(String)} for a line of {@code line} ideographs. */
    public static String balance(String title, double line) {
        if (title == null || title.contains("\n")) return title;
        double total = width(title);
        if (total <= line) return title;
        int lines = (int) Math.ceil(total / line);
        double target = total / lines;
        StringBuilder out = new StringBuilder();
        String rest = title;
        for (int l = 1; l < lines; l++) {
            int cut = bestBreak(rest, target, line);
            if (cut <= 0 || cut >= rest.length()) break;
            out.append(rest, 0, cut).append('\n');
            rest = rest.substring(cut);
        }
        return out.append(rest).toString();
    }

    /** The index to break {@code s} at: allowed, as close to {@code target} as possible, never over {@code max}. */
    private static int bestBreak(String s, double target, double max) {
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        double w = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            w += width(s.charAt(i));
            if (w > max) break;
            if (!ChineseLineBreak.canBreakBetween(s.charAt(i), s.charAt(i + 1))) continue;
            double score = Math.abs(w - target);
            // "2023" and its "年" stay together
            if (Character.isDigit(s.charAt(i)) || Character.isDigit(s.charAt(i + 1))) score += 3;
            // a break at a phrase boundary reads better than one inside a word: prefer it within two characters
            if ("》）”".indexOf(s.charAt(i)) >= 0 || s.charAt(i + 1) == '《' || s.startsWith("关于", i + 1)) {
                score -= 2;
            }
            if (score < bestScore) {
                bestScore = score;
                best = i + 1;
            }
        }
        return best;
    }

    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) w += width(s.charAt(i));
        return w;
    }

    private static double width(char c) {
        return c < 0x2E80 ? 0.55 : 1;
    }
}
