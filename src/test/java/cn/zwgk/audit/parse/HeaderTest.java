package cn.zwgk.audit.parse;

import cn.zwgk.audit.model.Period;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.YearMention;
import cn.zwgk.audit.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Title, agency, report year and statistical period (spec §2). */
class HeaderTest {

    private static List<String> sources(Report r) {
        return r.years().stream().map(y -> y.source() + y.year()).toList();
    }

    @Test
    void seedTitlesAgenciesAndYears() {
        String[][] expected = {
                {"000", "昆明市盘龙区科学技术和工业信息化局", "2023", "1"},
                {"001", "泸州市江阳区人民政府办公室", "2023", "1"},
                {"002", "平顶山市科学技术局", "2023", "3"},
                {"004", "昆明市政务服务管理局", "2023", "1"}};
        for (String[] e : expected) {
            Report r = Corpus.seedReport(e[0]);
            assertEquals(e[1], r.agency(), e[0]);
            assertEquals(e[1], r.title().agency(), e[0]);
            assertEquals(Integer.valueOf(e[2]), r.year(), e[0]);
            assertEquals(Integer.valueOf(e[3]), r.title().line(), e[0]);
        }
        assertEquals("平顶山市科学技术局 2023 年政府信息公开工作年度报告", Corpus.seedReport("002").title().text());
    }

    @Test
    void seed003HasNoTitleNoAgencyNoPeriod() {
        Report r = Corpus.seedReport("003");
        assertNull(r.title());
        assertNull(r.agency());
        assertNull(r.period());
        assertEquals(2024, r.year());
        assertEquals(List.of("总体情况2024"), sources(r));
    }

    @Test
    void periods() {
        Report r0 = Corpus.seedReport("000");
        assertEquals(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                "统计数据自2023年1月1日至2023年12月31日", 2), r0.period());
        assertEquals(List.of("标题2023", "统计期限2023", "总体情况2023"), sources(r0));
        Report r4 = Corpus.seedReport("004");
        assertEquals(LocalDate.of(2023, 12, 31), r4.period().end());
        assertEquals("本报告中所列数据统计期限为2023年1月1日—2023年12月31日", r4.period().text());
        assertNull(Corpus.seedReport("001").period());
        assertNull(Corpus.seedReport("002").period());
    }

    @Test
    void differingYearsAreAllRecorded() {
        Report r = Corpus.parser().parse(SourceDocument.ofText("t.txt", "text", "UTF-8", """
                某某局2022年政府信息公开工作年度报告
                本报告所列数据统计期限为2023年1月1日至2023年6月30日。
                一、总体情况
                2021年，本局……
                """));
        assertEquals(List.of("标题2022", "统计期限2023", "总体情况2021"), sources(r));
        assertEquals(2022, r.year());
        assertEquals(LocalDate.of(2023, 6, 30), r.period().end());
        YearMention opening = r.years().get(2);
        assertEquals(4, opening.line());
    }

    /** Years in Chinese digits, in the title and the period, read as the year they are; the quotes keep the digits. */
    @Test
    void yearsInChineseDigits() {
        Report r = Corpus.parser().parse(SourceDocument.ofText("t.txt", "text", "UTF-8", """
                某某县人民政府二〇二三年政府信息公开工作年度报告
                本报告所列数据统计期限为二零二三年1月1日至二〇二三 年12月31日。
                一、总体情况
                """));
        assertEquals(2023, r.year());
        assertEquals("某某县人民政府", r.agency());
        assertEquals("某某县人民政府二〇二三年政府信息公开工作年度报告", r.title().text());
        assertEquals(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                "本报告所列数据统计期限为二零二三年1月1日至二〇二三 年12月31日", 2), r.period());
    }

    @Test
    void fullWidthDigitsAndSpacesInTheTitle() {
        Report r = Corpus.parser().parse(SourceDocument.ofText("t.txt", "text", "UTF-8",
                "某某县人民政府 ２０２３ 年政府信息公开工作年度报告\n一、总体情况\n"));
        assertEquals(2023, r.year());
        assertEquals("某某县人民政府", r.agency());
    }

    @Test
    void aSentenceNamingTheReportIsNoTitle() {
        Report r = Corpus.parser().parse(SourceDocument.ofText("t.txt", "text", "UTF-8",
                "现将我局2023年政府信息公开工作年度报告公布如下：\n一、总体情况\n2023年，我局……\n"));
        assertNull(r.title());
        assertNull(r.agency());
        assertEquals(2023, r.year());
    }

    @Test
    void theYearALawWasRevisedIsNotTheReportYear() {
        Report r = Corpus.parser().parse(SourceDocument.ofText("t.txt", "text", "UTF-8",
                "一、总体情况\n本局认真贯彻《中华人民共和国政府信息公开条例》（2019年修订），2022年共……\n"));
        assertEquals(List.of("总体情况2022"), sources(r));
    }

    private static Report parse(String text) {
        return Corpus.parser().parse(SourceDocument.ofText("t.txt", "text", "UTF-8", text));
    }

    /** Period sentences as real reports write them (real-openings-2 009, 040, 078, 029). */
    @Test
    void periodSentencesInTheirRealVariety() {
        String[][] cases = {
                {"本报告所列统计数据的期限自2025年1月1日起,至2025年12月31日止。", "2025-01-01", "2025-12-31"},
                {"报告中所列数据统计期限自2024年1月1日始至2024年12月31日止。", "2024-01-01", "2024-12-31"},
                {"本报告中使用数据统计期限为20241月1日至12月31日。", "2024-01-01", "2024-12-31"},
                {"本报告所列数据的统计期限为2023年1月1日至2023年12月31止。", "2023-01-01", "2023-12-31"},
                {"本報告中所列數據的統計期限自2021年1月1日起至2021年12月31日止。", "2021-01-01", "2021-12-31"},
                {"数据统计期限为 2025 年 1 月 1 日至 2025 年 12 月 31 日。", "2025-01-01", "2025-12-31"},
                {"本报告统计期限为2022年1月至12月。", "2022-01-01", "2022-12-31"}};
        for (String[] c : cases) {
            Report r = parse(c[0] + "\n一、总体情况\n正文\n");
            assertEquals(c[1] + ".." + c[2], r.period() == null ? null : r.period().start() + ".." + r.period().end(),
                    c[0]);
        }
        // months without days are read only as the whole year: "2023年1月至6月" is no statistical period
        assertNull(parse("本报告数据显示2023年1月至6月办理较多。\n一、总体情况\n").period());
    }

    @Test
    void aTitleOverTwoOrThreeLines() {
        Report r = parse("西咸新区底张街道办事处2023年度政府\n信息公开工作年度报告\n一、总体情况\n");
        assertEquals("西咸新区底张街道办事处", r.agency());
        assertEquals(2023, r.year());
        assertEquals(1, r.title().line());
        Report three = parse("某某市\n某某区人民政府\n2023年政府信息公开工作年度报告\n一、总体情况\n");
        assertEquals(2023, three.year());
        assertEquals("某某市某某区人民政府", three.agency());
        // a line that is a title on its own is never glued to the line above it
        Report after = parse("内容概述 | |\n宿城街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n");
        assertEquals("宿城街道办事处", after.agency());
        assertEquals(2, after.title().line());
        Report yearLast = parse("重庆市大足区人民政府外事办公室政府信息公开工作2022年度报告\n一、总体情况\n");
        assertEquals("重庆市大足区人民政府外事办公室", yearLast.agency());
        assertEquals(2022, yearLast.year());
    }

    @Test
    void theAgencyFromThePreambleTheMetadataBlockOrTheOpeningSentence() {
        assertEquals("吉林市卫生健康委员会", parse("2022年政府信息公开工作年度报告\n根据《条例》的规定，吉林市卫生健康委编制了"
                + "吉林市卫生健康委员会2022年政府信息公开工作年度报告。\n一、总体情况\n").agency());
        assertEquals("上海市长宁区周家桥街道办事处", parse("本年度报告根据《条例》要求，由上海市长宁区周家桥街道办事处编制。\n"
                + "一、总体情况\n").agency());
        assertEquals("莆田市涵江区人力资源和社会保障局", parse("根据《条例》要求，我局编制并向社会公开莆田市涵江区人力资源和"
                + "社会保障局2023年度政府信息公开工作年度报告。\n一、总体情况\n").agency());
        assertEquals("义安区老洲乡", parse("发布时间：2025-01-14 08:18 来源：义安区老洲乡 字体：[ ]\n一、总体情况\n").agency());
        assertEquals("张家港市教育局", parse("来源：张家港市教育局发布时间：2022-01-24\n一、总体情况\n").agency());
        assertEquals("巴楚县公安局", parse("一、总体情况\n2023年，巴楚县公安局严格按照《条例》要求……\n").agency());
        assertEquals("大竹县人民政府办公室", parse("一、总体情况\n2025年，大竹县人民政府办公室紧紧围绕县委县政府中心工作……\n")
                .agency());
        // a name that leaves out its city gives way to a fuller one
        assertEquals("武汉市民政局", parse("市民政局2024年度政府信息公开工作年度报告\n一、总体情况\n"
                + "2024年，武汉市民政局坚持……\n").agency());
        assertEquals("区政府办公室", parse("一、总体情况\n2022年，区政府办公室认真贯彻……\n").agency());
    }

    @Test
    void strayCharactersNeverGetIntoAName() {
        assertEquals("银川市水务局", parse("现将《银川市水务局2021年政府信息公开工作年度报告》公布如下。\n一、总体情况\n").agency());
        assertEquals("湖口县大垅乡", parse("2025湖口县大垅乡2025年度政府信息公开工作年度报告\n一、总体情况\n").agency());
        assertEquals("长沙市卫生健康委员会", parse("长沙市政府门户网站-2022年长沙市卫生健康委员会政府信息公开工作年度报告_足彩app\n"
                + "一、总体情况\n").agency());
        assertNull(parse("发布机构：\n来源：1\n一、总体情况\n2022年，常态化政府信息公开……\n").agency());
        assertNull(parse("一、总体情况\n2025年，县政府网站共发布信息3000余条。\n").agency());
        assertNull(parse("365bet网上娱乐_365BETAPP官网人民政府合作交流办公室\n2022年政府信息公开工作年度报告\n一、总体情况\n")
                .agency());
    }
}
