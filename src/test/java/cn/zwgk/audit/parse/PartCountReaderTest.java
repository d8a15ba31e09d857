package cn.zwgk.audit.parse;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.PartCount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How many parts real openings say their report has, in digits or Chinese numerals. */
class PartCountReaderTest {

    private static List<Integer> counts(String file) {
        return Corpus.parse(Fixtures.REAL_OPENINGS_2.resolve(file)).partCounts().stream().map(PartCount::count).toList();
    }

    @Test
    void countsAsWritten() {
        assertEquals(List.of(8), counts("005.txt"), "包括…等8个部分");
        assertEquals(List.of(7), counts("090.txt"), "由…等七个部分组成");
        assertEquals(List.of(5), counts("096.txt"), "由…五个部分组成");
        assertEquals(List.of(6), counts("006.txt"), "由…等六个部分组成");
        assertEquals(List.of(6), counts("047.txt"), "全文包括…等六个方面");
        assertEquals(List.of(6), Corpus.seedReport("000").partCounts().stream().map(PartCount::count).toList(),
                "由…等6个部分组成");
    }

    @Test
    void theSentenceIsQuotedWithItsLine() {
        PartCount p = Corpus.parse(Fixtures.REAL_OPENINGS_2.resolve("096.txt")).partCounts().get(0);
        assertTrue(p.text().startsWith("本报告由总体情况") && p.text().endsWith("五个部分组成"), p.text());
        assertEquals(0, p.section());
    }
}
