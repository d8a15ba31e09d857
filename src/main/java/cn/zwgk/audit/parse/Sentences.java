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

    static List<Span> of(Segment s) {
        List<Span> spans = new ArrayList<>();
        String t = s.text();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || ends(t.charAt(i))) {
                if (i > start) spans.add(new Span(s, start, i, t.substring(start, i)));
                start = i + 1;
            }
        }
        return spans;
    }

    /** 。;!? (the narrative is split here for every reader, so no string search per character). */
    private static boolean ends(char c) {
        return c == '。' || c == ';' || c == '!' || c == '?';
    }
}
