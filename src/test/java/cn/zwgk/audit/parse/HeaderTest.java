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
}
