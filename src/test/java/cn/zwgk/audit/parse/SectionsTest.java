package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.read.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The six sections: headings, variants, table-row traps, and the end of the report body. */
class SectionsTest {

    private static Report parseText(String text) {
        return Corpus.parser().parse(SourceDocument.ofText("test.txt", "text", "UTF-8", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void seedsHaveSixSectionsInOrder(String seed) {
        Report r = Corpus.seedReport(seed);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Corpus.sectionNumbers(r));
        for (Section s : r.sections()) {
            assertEquals(s.canonical(), s.heading().replace(" ", ""), "canonical wording");
            assertFalse(s.variant());
            assertEquals(s.number(), s.position());
        }
    }

    @Test
    void seed001SectionLinesAndWebsiteJunk() {
        Report r = Corpus.seedReport("001");
        assertEquals(List.of(2, 15, 30, 59, 64, 67), r.sections().stream().map(Section::line).toList());
        Section six = Corpus.section(r, 6).orElseThrow();
        assertEquals(68, six.endLine());
        assertEquals("2023年,涉及收费的依申请公开件共2件,共计收取政府信息公开信息处理费650元。", six.text());
        assertFalse(six.text().contains("登录"));
        assertEquals(72, r.lineCount());
        // "三、本年度办理结果" opens lines 36 and 38 inside table 三: never a heading
        assertEquals(1, r.sections().stream().filter(s -> s.number() == 3).count());
    }

    @Test
    void tableSectionsHaveNoTextAndNarrativeSectionsDo() {
        Report r = Corpus.seedReport("000");
        assertEquals(0, Corpus.section(r, 2).orElseThrow().substance());
        assertEquals(0, Corpus.section(r, 3).orElseThrow().substance());
        assertEquals("2023年度,本单位未收取信息处理费。", Corpus.section(r, 6).orElseThrow().text());
        assertEquals(17, Corpus.section(r, 6).orElseThrow().substance());
        assertTrue(Corpus.section(r, 1).orElseThrow().text().startsWith("2023年,区科工信局以习近平"));
    }

    @Test
    void seed004LongSixIsNotCutAtThePrintingService() {
        Section six = Corpus.section(Corpus.seedReport("004"), 6).orElseThrow();
        assertEquals(64, six.endLine());
        assertTrue(six.text().endsWith("办结率100%。"));
    }

    @Test
    void variantHeadingsAreRecognisedAndMarked() {
        Report r = parseText("""
                某局2023年政府信息公开工作年度报告
                一、总体情况
                正文。
                二、行政机关主动公开政府信息情况
                三、行政机关收到和处理政府信息公开申请情况
                四、因政府信息公开工作被申请行政复议、提起行政诉讼情况
                五、政府信息公开工作存在的主要问题及改进情况
                六、其他需要报告的事项
                无。
                """);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Corpus.sectionNumbers(r));
        assertEquals(List.of(false, true, true, true, true, false),
                r.sections().stream().map(Section::variant).toList());
        assertEquals(1, Corpus.section(r, 6).orElseThrow().substance());
    }

    @Test
    void tableRowLabelsAndPipeLinesAreNeverHeadings() {
        Report r = parseText("""
                一、本年新收政府信息公开申请数量
                二、主动公开政府信息情况 | 0 |
                四、结转下年度继续办理
                """);
        assertTrue(r.sections().isEmpty());
        assertTrue(r.tables().isEmpty());
    }

    @Test
    void headingFollowedByTextAfterAColon() {
        Report r = parseText("一、总体情况：2023年，本局认真贯彻《条例》。\n二、主动公开政府信息情况\n");
        assertEquals(List.of(1, 2), Corpus.sectionNumbers(r));
        assertEquals("一、总体情况", r.sections().get(0).heading());
        assertEquals("2023年，本局认真贯彻《条例》。", r.sections().get(0).text());
    }

    @Test
    void outOfOrderSectionsKeepTheirPositions() {
        Report r = parseText("""
                一、总体情况
                三、收到和处理政府信息公开申请情况
                二、主动公开政府信息情况
                """);
        assertEquals(List.of(1, 3, 2), Corpus.sectionNumbers(r));
        assertEquals(List.of(1, 2, 3), r.sections().stream().map(Section::position).toList());
    }

    /** Heading shapes of PDF and HTML-to-text conversions: seed 001 keeps its six sections, its tables and its text. */
    @ParameterizedTest
    @ValueSource(strings = {"## %s", "**%s**", "%s：", "SPACE", "COMMA", "SPLIT"})
    void seed001HeadingShapes(String shape) {
        StringBuilder text = new StringBuilder();
        for (String l : Corpus.lines(Corpus.seed("001"))) {
            if (l.matches("[一二三四五六]、[^|]{2,30}") && !l.contains("本年度办理结果")) {
                l = switch (shape) {
                    case "SPACE" -> l.charAt(0) + " " + l.substring(2);
                    case "COMMA" -> l.charAt(0) + "，" + l.substring(2);
                    case "SPLIT" -> l.substring(0, 2) + "\n" + l.substring(2);
                    default -> shape.formatted(l);
                };
            }
            text.append(l).append('\n');
        }
        Report r = parseText(text.toString());
        Report seed = Corpus.seedReport("001");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Corpus.sectionNumbers(r));
        assertTrue(r.sections().stream().noneMatch(Section::variant), r.sections().toString());
        String heading = Corpus.section(r, 4).orElseThrow().heading();
        assertTrue(heading.startsWith("四") && heading.contains("政府信息公开行政复议、行政诉讼情况"), heading);
        assertFalse(heading.contains("*") || heading.contains("#"), heading);
        assertEquals(seed.cells().stream().map(c -> c.table() + c.row() + c.column() + "=" + c.value()).toList(),
                r.cells().stream().map(c -> c.table() + c.row() + c.column() + "=" + c.value()).toList());
        assertEquals(seed.claims().size(), r.claims().size());
    }

    @Test
    void numeralWithoutSeparatorInsideTextIsNoHeading() {
        Report r = parseText("一、总体情况\n本局 一 年来 二 次 主动公开情况 良好。\n");
        assertEquals(List.of(1), Corpus.sectionNumbers(r));
    }

    /** A section's substance counts letters and digits of every script, not punctuation or spaces. */
    @Test
    void substanceCountsLettersAndDigits() {
        Report r = parseText("五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本局2023年无Ab、 ﹝٣﹞ 㐀龜\uFA6E。\n");
        assertEquals(1, Corpus.section(r, 5).orElseThrow().substance());
        // 本局 2023 年 无 Ab ٣ 㐀 龜: 13 (U+FA6E is no character yet, so no letter)
        assertEquals(13, Corpus.section(r, 6).orElseThrow().substance());
    }

    /**
     * A report whose parts are numbered 1、 to 6、 instead of 一、 to 六、 (real-openings-2/020): its parts are found,
     * as variants; its items numbered the same way ("1、主动公开" under 总体情况) stay text, as does a number that
     * is not at a line's start or a decimal.
     */
    @Test
    void partsNumberedWithDigitsAreFoundWhenNoneIsNumberedInChinese() {
        Report r = parseText("""
                某某街道办事处2023年政府信息公开工作年度报告
                1、 总体情况
                1、 主动公开。本年主动公开信息52条。
                2、依申请公开情况。本年收到申请3件。
                4、 政府信息公开平台建设。
                2.主动公开政府信息情况
                第二十条第(一)项
                3、收到和处理政府信息公开申请情况
                4、政府信息公开行政复议、行政诉讼情况
                本年无。另见 5、存在的主要问题及改进情况
                5、存在的主要问题及改进情况
                问题是 1.5 个。
                6、其他需要报告的事项
                本年未收取信息处理费。
                """);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Corpus.sectionNumbers(r));
        assertTrue(r.sections().stream().allMatch(Section::variant), r.sections().toString());
        assertEquals("1、 总体情况", Corpus.section(r, 1).orElseThrow().heading());
        assertTrue(Corpus.section(r, 1).orElseThrow().text().contains("2、依申请公开情况"));
        assertTrue(Corpus.section(r, 4).orElseThrow().text().contains("另见 5、存在"));
        assertEquals(11, Corpus.section(r, 5).orElseThrow().line());
    }

    /** real-openings-2/020 as published: "1、 总体情况" is its part 一, its items "4、 政府信息公开平台建设" stay in it. */
    @Test
    void theRealReportNumberedWithDigits() {
        Report r = Corpus.parse(cn.zwgk.audit.Fixtures.REAL_OPENINGS_2.resolve("020.txt"));
        assertEquals(List.of(1), Corpus.sectionNumbers(r));
        Section one = Corpus.section(r, 1).orElseThrow();
        assertEquals("1、 总体情况", one.heading());
        assertTrue(one.variant());
        assertTrue(one.text().contains("4、 政府信息公开平台建设"), one.text());
    }

    /**
     * Headings without their numerals (a web page's numbered list shows none in its text), or numbered as 第一部分 or
     * (一): found when they are a part's heading word for word, as variants; other short lines stay text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "第%s部分 ", "(%s)", "（%s）"})
    void partsWhoseHeadingsHaveNoNumeral(String numbering) {
        String[] headings = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};
        StringBuilder text = new StringBuilder("某某局2023年政府信息公开工作年度报告\n");
        for (int i = 0; i < 6; i++) {
            text.append(numbering.formatted("一二三四五六".charAt(i))).append(headings[i]).append('\n');
            text.append(i == 0 ? "主动公开情况\n本年主动公开信息52条。\n" : "本部分内容。\n");
        }
        Report r = parseText(text.toString());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Corpus.sectionNumbers(r));
        assertTrue(r.sections().stream().allMatch(Section::variant));
        assertTrue(Corpus.section(r, 1).orElseThrow().text().contains("主动公开情况"));
    }

    /** One heading word for word is not enough to take a text for a report's parts. */
    @Test
    void oneUnnumberedHeadingIsNoPart() {
        Report r = parseText("说明\n总体情况\n本年主动公开信息52条。\n");
        assertEquals(List.of(), Corpus.sectionNumbers(r));
    }

    /** Digits number parts only where no part is numbered 一 to 六: then a "2、主动公开" item is text. */
    @Test
    void digitsAreNoHeadingsBesideChineseNumerals() {
        Report r = parseText("一、总体情况\n2、主动公开政府信息情况\n本年主动公开信息52条。\n二、主动公开政府信息情况\n");
        assertEquals(List.of(1, 2), Corpus.sectionNumbers(r));
        assertEquals(4, Corpus.section(r, 2).orElseThrow().line());
        assertFalse(Corpus.section(r, 2).orElseThrow().variant());
    }

    /** A numeral right after a character is text; at a line's start, after a space or a mark it opens a section. */
    @Test
    void numeralOpensAHeadingOnlyAtTheStartOrAfterASpaceOrMark() {
        Report r = parseText("一、总体情况\n我局其二、主动公开政府信息情况良好。\n"
                + "本局工作如下。\u3000二、主动公开政府信息情况\n*三、收到和处理政府信息公开申请情况\n"
                + "第四、政府信息公开行政复议、行政诉讼情况\n");
        assertEquals(List.of(1, 2, 3), Corpus.sectionNumbers(r));
        assertEquals(3, Corpus.section(r, 2).orElseThrow().line());
        assertTrue(Corpus.section(r, 1).orElseThrow().text().contains("其二、主动公开"));
        assertTrue(Corpus.section(r, 3).orElseThrow().text().contains("第四、政府信息公开"));
    }

    /** Wordings of real reports for 一, 三 and 五 that name the part differently: found, and reported as variants. */
    @ParameterizedTest
    @ValueSource(strings = {"一、基本情况", "一、工作概况", "三、政府信息公开申请情况", "五、存在的不足及改进情况",
            "五、政府信息公开工作存在的不足及改进措施", "五、存在问题及下一步工作打算", "五、存在的不足和下一步工作计划"})
    void variantHeadingsOfSeed001(String heading) {
        int number = "一二三四五六".indexOf(heading.charAt(0)) + 1;
        String canonical = List.of("一、总体情况", "", "三、收到和处理政府信息公开申请情况", "", "五、存在的主要问题及改进情况")
                .get(number - 1);
        StringBuilder text = new StringBuilder();
        for (String l : Corpus.lines(Corpus.seed("001"))) text.append(l.equals(canonical) ? heading : l).append('\n');
        Report r = parseText(text.toString());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Corpus.sectionNumbers(r));
        Section s = Corpus.section(r, number).orElseThrow();
        assertEquals(heading, s.heading());
        assertTrue(s.variant());
    }
}
