package cn.zwgk.audit.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridTest {

    private final Grid grid = new Grid(PdfFonts.get(), 7.5f, new float[]{100});

    @Test
    void wrapsLongLabelsWithinTheWidthKeepingEveryCharacter() {
        String label = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";
        List<String> lines = grid.wrap(label, 120);
        assertTrue(lines.size() >= 3, lines.toString());
        assertEquals(label, String.join("", lines));
        for (String line : lines) {
            assertTrue(PdfFonts.get().regular().getWidthPoint(line, 7.5f) <= 120.01f, line);
        }
    }

    @Test
    void noWrappedLineStartsWithClosingPunctuation() {
        String text = "（一）予以公开，（二）部分公开。（三）不予公开；“三安全一稳定”！本机关不掌握相关政府信息、没有现成信息。";
        for (float width = 20; width < 200; width += 3.5f) {
            for (String line : grid.wrap(text, width)) {
                assertFalse(ChineseLineBreak.NO_START.indexOf(line.charAt(0)) >= 0, width + ": " + line);
            }
        }
    }
}
