package cn.zwgk.audit.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An office's pattern searched only where a match can start. When the pattern's source shows the characters a match
 * starts with plainly (a leading literal character, "由${name}编制", or a leading group of literal alternatives,
 * "(公布|编制|发布)了?…"), only the positions holding one of them are tried: {@link Matcher#find} tries every
 * position, and a leading alternation costs a comparison per alternative at each. A pattern that starts in any other
 * way, or that may not start with its leading part (a quantifier that allows none of it, an alternative outside any
 * group), is searched at every position as before. Immutable.
 */
final class FirstCharSearch {

    private static final String META = "\\^$.|?*+()[]{}";

    private final Pattern pattern;
    /** null: a match may start anywhere. */
    private final CharSet chars;

    private FirstCharSearch(Pattern pattern, CharSet chars) {
        this.pattern = pattern;
        this.chars = chars;
    }

    static FirstCharSearch of(Pattern p) {
        return new FirstCharSearch(p, p.flags() == 0 ? leading(p.pattern()) : null);
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether only some positions are tried (for tests). */
    boolean selective() {
        return chars != null;
    }

    Matcher matcher(String text) {
        return pattern.matcher(text);
    }

    /**
     * As {@code m.find(from)}, for a matcher of this pattern on {@code text}. A position that may start a match is
     * tried as find would try it: the region starts there, and lookbehinds and anchors still see the whole text.
     */
    boolean find(Matcher m, String text, int from) {
        if (chars == null) return m.find(from);
        for (int i = from; i < text.length(); i++) {
            if (!chars.contains(text.charAt(i))) continue;
            m.region(i, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /** The first characters the source shows, or null when it does not show them plainly. */
    private static CharSet leading(String source) {
        if (source.isEmpty()) return null;
        StringBuilder set = new StringBuilder();
        int next;
        if (source.charAt(0) == '(') {
            int close = source.indexOf(')');
            if (close < 0 || source.startsWith("(?")) return null;
            for (String alternative : source.substring(1, close).split("\\|", -1)) {
                if (!literal(alternative)) return null;
                set.append(alternative.charAt(0));
            }
            next = close + 1;
        } else {
            if (!literal(source.substring(0, 1))) return null;
            set.append(source.charAt(0));
            next = 1;
        }
        // the leading part must be there: no ?, * or {n,m} after it, and no alternative at the top level later on
        if (next < source.length() && "?*{".indexOf(source.charAt(next)) >= 0) return null;
        return noTopLevelAlternative(source, next) ? CharSet.of(set) : null;
    }

    /** Plain characters only, at least one, none of them special in a pattern or half of a surrogate pair. */
    private static boolean literal(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (META.indexOf(c) >= 0 || Character.isSurrogate(c) || Character.isWhitespace(c)) return false;
        }
        return true;
    }

    /**
     * No '|' outside parentheses from {@code from} on. Cautious: a quoted part (\Q…\E), a '|' or '[' inside a
     * character class, or unbalanced parentheses count as an alternative.
     */
    private static boolean noTopLevelAlternative(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 < s.length() && s.charAt(i + 1) == 'Q') return false;
                i++;
            } else if (c == '[') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != ']') {
                    if (s.charAt(j) == '|' || s.charAt(j) == '[') return false;
                    if (s.charAt(j) == '\\') j++;
                    j++;
                }
                i = j;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) return false;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
