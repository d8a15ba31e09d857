package cn.zwgk.audit.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseLineBreakTest {

    @Test
    void breaksBetweenChineseCharacters() {
        assertTrue(ChineseLineBreak.canBreakBetween('报', '告'));
        assertTrue(ChineseLineBreak.canBreakBetween('。', '报'));
        assertTrue(ChineseLineBreak.canBreakBetween('件', '2'));
    }

    @Test
    void neverBeforeClosingMarks() {
        for (char c : "，。、；：？！）」』》”…".toCharArray()) {
            assertFalse(ChineseLineBreak.canBreakBetween('告', c), "before " + c);
        }
        assertFalse(ChineseLineBreak.canBreakBetween('—', '—'), "inside a dash");
    }

    @Test
    void neverAfterOpeningMarks() {
        for (char c : "（「《“【".toCharArray()) {
            assertFalse(ChineseLineBreak.canBreakBetween(c, '报'), "after " + c);
        }
    }

    @Test
    void keepsNumbersAndLatinWordsWhole() {
        assertFalse(ChineseLineBreak.canBreakBetween('4', '2'));
        assertFalse(ChineseLineBreak.canBreakBetween('T', '3'));
        assertFalse(ChineseLineBreak.canBreakBetween('_', 'B'));
        assertTrue(ChineseLineBreak.canBreakBetween(' ', 'B'));
    }
}
