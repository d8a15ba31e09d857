package cn.zwgk.audit.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentencesTest {

    private static List<Sentences.Span> of(String text) {
        return Sentences.of(new Segment(1, TextNormalizer.normalize(text)));
    }

    @Test
    void sentencesEndAtFullStopsAndSemicolons() {
        List<Sentences.Span> s = of("全年共收到申请42件，办结40件。结转2件；无复议");
        assertEquals(List.of("全年共收到申请42件,办结40件", "结转2件", "无复议"), s.stream().map(Sentences.Span::text).toList());
    }

    @Test
    void aSentenceWithNoEndIsReadInPiecesEndingAtCommas() {
        // 5,000 characters with no full stop: pieces of at most LONGEST, each cut at its last comma, nothing else lost
        String clause = "收到申请1件,";
        String repeated = clause.repeat(5000 / clause.length());
        String text = repeated.substring(0, repeated.length() - 1);
        List<Sentences.Span> s = of(text);
        assertEquals(3, s.size());
        StringBuilder joined = new StringBuilder();
        for (Sentences.Span span : s) {
            assertTrue(span.text().length() <= Sentences.LONGEST, span.text().length() + "");
            assertTrue(span.text().endsWith("1件"), span.text());
            joined.append(joined.isEmpty() ? "" : ",").append(span.text());
        }
        assertEquals(text, joined.toString());
    }

    @Test
    void withNoCommaEitherThePiecesAreCutAtTheLongest() {
        String text = "申".repeat(4500);
        assertEquals(List.of(2000, 2000, 500), of(text).stream().map(sp -> sp.text().length()).toList());
    }
}
