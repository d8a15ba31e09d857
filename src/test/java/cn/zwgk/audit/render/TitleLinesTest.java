package cn.zwgk.audit.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleLinesTest {

    @Test
    void aShortTitleStaysOnOneLine() {
        assertEquals("关于《政府信息公开工作年度报告》的审查意见", TitleLines.balance("关于《政府信息公开工作年度报告》的审查意见"));
    }

    @Test
    void aLongTitleBreaksIntoBalancedLinesWithNoWordAlone() {
        String title = "关于《昆明市盘龙区科学技术和工业信息化局2023年政府信息公开工作年度报告》的审查意见";
        String out = TitleLines.balance(title);
        assertEquals(title, out.replace("\n", ""), "only line breaks are added");
        String[] lines = out.split("\n");
        assertEquals(2, lines.length, out);
        // a greedy break would leave "见" (or "审查意见") alone; balanced lines differ by a few characters at most
        assertTrue(Math.abs(TitleLines.width(lines[0]) - TitleLines.width(lines[1])) <= 6, out);
        for (String l : lines) assertTrue(TitleLines.width(l) <= TitleLines.LINE, l);
        assertTrue(!lines[1].startsWith("》") && !lines[0].endsWith("《"), "no closing mark starts a line: " + out);
    }
}
