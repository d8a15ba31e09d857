package cn.zwgk.audit.render;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLinesTest {

    private static final PdfFonts FONTS = PdfFonts.get();

    private static List<String> wrap(String text, float size, float width) {
        return TextLines.wrap(FONTS, List.of(Span.regular(text, size)), width, 0).stream().map(TextLinesTest::text)
                .toList();
    }

    private static String text(TextLines.Line line) {
        StringBuilder sb = new StringBuilder();
        for (TextLines.Piece p : line.pieces()) sb.append(p.text());
        return sb.toString();
    }

    @Test
    void wrapsLongLabelsWithinTheWidthKeepingEveryCharacter() {
        String label = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";
        List<String> lines = wrap(label, 7.5f, 120);
        assertTrue(lines.size() >= 3, lines.toString());
        assertEquals(label, String.join("", lines));
        for (String line : lines) {
            assertTrue(FONTS.regular().getWidthPoint(line, 7.5f) <= 120.01f, line);
        }
    }

    @Test
    void noWrappedLineStartsWithClosingPunctuation() {
        String text = "（一）予以公开，（二）部分公开。（三）不予公开；“三安全一稳定”！本机关不掌握相关政府信息、没有现成信息。";
        for (float width = 20; width < 200; width += 3.5f) {
            List<String> lines = wrap(text, 7.5f, width);
            assertEquals(text, String.join("", lines), "every character kept at " + width);
            for (String line : lines) {
                assertFalse(ChineseLineBreak.NO_START.indexOf(line.charAt(0)) >= 0, width + ": " + line);
                assertFalse(ChineseLineBreak.NO_END.indexOf(line.charAt(line.length() - 1)) >= 0, width + ": " + line);
            }
        }
    }

    /** A long number or address has no legal break: it is cut at the edge, never run past it or lost. */
    @Test
    void longUnbreakableTextIsCutAtTheEdge() {
        String digits = "1234567890".repeat(30);
        String text = "见" + digits + "。";
        List<String> lines = wrap(text, 10, 200);
        assertEquals(text, String.join("", lines));
        assertTrue(lines.size() >= 8, lines.toString());
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(FONTS.regular().getWidthPoint(line, 10) <= 200.01f, line);
        }
        // the full stop hangs on the last line of digits rather than beginning a line of its own
        assertFalse(lines.get(lines.size() - 1).startsWith("。"), lines.toString());
    }

    @Test
    void aLineEndsAfterTheLastBreakThatFitsAndNewlinesAlwaysBreak() {
        // 10 points a character, 7 fit: a line may not end with 「, so the break falls before it
        assertEquals(List.of("审查意见如下", "「报告」"), wrap("审查意见如下「报告」", 10, 75));
        // 8 fit: between 报 and 告 is a legal break
        assertEquals(List.of("审查意见如下「报", "告」"), wrap("审查意见如下「报告」", 10, 85));
        assertEquals(List.of("一", "二", "", "三"), wrap("一\n二\n\n三", 10, 500));
        // spaces at a line's end and the next line's start are dropped, not drawn
        assertEquals(List.of("2023 annual", "report"), wrap("2023 annual report", 10, 62));
    }

    @Test
    void aLineIsAsHighAsItsLargestTypeAndPiecesFollowTheSpans() {
        List<Span> spans = List.of(Span.bold("不通过", 14, Color.RED), Span.regular("　　错误 1 项", 10.5f));
        List<TextLines.Line> lines = TextLines.wrap(FONTS, spans, 400, 0);
        assertEquals(1, lines.size());
        assertEquals(14, lines.get(0).size());
        assertEquals(2, lines.get(0).pieces().size());
        float width = FONTS.regular().getWidthPoint("不通过", 14) + FONTS.regular().getWidthPoint("　　错误 1 项", 10.5f);
        assertEquals(width, lines.get(0).width(), 0.01);
    }

    @Test
    void theFirstLineIsIndented() {
        String text = "你单位报送的年度报告已经审查。".repeat(4);
        List<TextLines.Line> indented = TextLines.wrap(FONTS, List.of(Span.regular(text, 11)), 200, 22);
        List<TextLines.Line> flat = TextLines.wrap(FONTS, List.of(Span.regular(text, 11)), 200, 0);
        assertTrue(indented.get(0).width() <= 178.01f);
        assertTrue(text(indented.get(0)).length() < text(flat.get(0)).length());
    }
}
