package cn.zwgk.audit.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits a segment's normalised text into sentences at 。;!? (full-width forms are normalised to these). */
final class Sentences {

    private Sentences() {}

    /**
     * One sentence: {@code text} is {@code segment.text()} from {@code start} to {@code end} (exclusive), cut once
     * for the several readers of the sentence.
     */
    record Span(Segment segment, int start, int end, String text) {

        String raw() {
            return segment.norm().rawSlice(start, end);
        }
    }

    /**
     * The longest sentence read as one. Real ones run to a few hundred characters (the longest in the corpus 427);
     * the readers do some work per number over its whole sentence, so a "sentence" of 100,000 characters with no
     * full stop is read in pieces of at most this length, each ending at a comma where there is one.
     */
    static final int LONGEST = 2000;

    static List<Span> of(Segment s) {
        List<Span> spans = new ArrayList<>();
        String t = s.text();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || ends(t.charAt(i))) {
                if (i > start) spans.add(new Span(s, start, i, t.substring(start, i)));
                start = i + 1;
            } else if (i - start == LONGEST) {
                int comma = t.lastIndexOf(',', i - 1);
                int cut = comma > start ? comma : Character.isLowSurrogate(t.charAt(i)) ? i - 1 : i;
                spans.add(new Span(s, start, cut, t.substring(start, cut)));
                start = comma > start ? cut + 1 : cut;
            }
        }
        return spans;
    }

    /** 。;!? (the narrative is split here for every reader, so no string search per character). */
    private static boolean ends(char c) {
        return c == '。' || c == ';' || c == '!' || c == '?';
    }
}
