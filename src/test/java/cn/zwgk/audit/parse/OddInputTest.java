package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.zwgk.audit.parse.Corpus.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs no report should contain: the parser still returns a report, with none of a report's parts. */
class OddInputTest {

    private static Report parse(String text) {
        return Corpus.parser().parse(SourceDocument.ofText("odd.txt", "text", "UTF-8", text));
    }

    @Test
    void notAReport() {
        for (String text : List.of("", "\n\n", "||||||\n|\n", "Hello world\n", "\uD800 lone surrogate",
                "（".repeat(10_000), "一、" + "总".repeat(100_000))) {
            Report r = parse(text);
            String what = text.length() > 20 ? text.substring(0, 20) : text;
            // nothing a report has: the rule "无法识别为年度报告" (structure.drl) turns this into INPUT_UNREADABLE
            assertTrue(r.sections().isEmpty() && r.tables().isEmpty() && r.title() == null, what);
        }
    }

    @Test
    void hugeNumbersAreTextNotOverflow() {
        Report r = parse("""
                一、总体情况
                本年新收政府信息公开申请123456789012345678901234567890件。
                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量 | 99999999999999999999 | 0 | 0 | 0 | 0 | 0 | 1 |
                """);
        assertTrue(r.claims().isEmpty());
        assertEquals(CellState.TEXT, cell(r, "T3", "A", "自然人").state());
        assertEquals(1L, cell(r, "T3", "A", "总计").value());
    }

    @Test
    void emptyBodiesAndSectionsWithoutTables() {
        Report r = parse("一、总体情况\n二、主动公开政府信息情况\n无。\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n");
        assertEquals(List.of(1, 2, 3, 4), Corpus.sectionNumbers(r));
        assertTrue(r.tables().isEmpty(), "no table text, no table");
        assertEquals(0, Corpus.section(r, 1).orElseThrow().substance());
        assertEquals(1, Corpus.section(r, 2).orElseThrow().substance());
    }
}
