package cn.zwgk.audit.parse;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Citation;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documents real reports cite, read as written: titles, numbers and what joins them. */
class CitationReaderTest {

    private static List<Citation> citations(String file) {
        Report r = Corpus.parse(Fixtures.REAL_OPENINGS_2.resolve(file));
        return r.citations();
    }

    private static Citation titled(List<Citation> cs, String words) {
        return cs.stream().filter(c -> c.title() != null && c.title().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void miswrittenNumbersAreKeptAsWritten() {
        // 058: 《…条例》(国务院令第711条)、《…关于印发<…工作报告格式>的通知》(过半公开办函﹝2021﹞30号)
        List<Citation> cs = citations("058.txt");
        Citation decree = titled(cs, "政府信息公开条例");
        assertEquals("国务院令", decree.issuer());
        assertEquals(711, decree.number());
        assertEquals("条", decree.unit());
        assertEquals("《中华人民共和国政府信息公开条例》(国务院令第711条)", decree.text());
        Citation notice = titled(cs, "工作报告格式");
        assertEquals("过半公开办函", notice.issuer(), "the small brackets ﹝﹞ read as 〔〕");
        assertEquals(2021, notice.year());
        assertEquals(30, notice.number());
        assertTrue(notice.title().contains("<中华人民共和国政府信息公开工作报告格式>"), notice.title());
        assertTrue(notice.text().endsWith("(过半公开办函﹝2021﹞30号)"), "quoted from the raw text: " + notice.text());
        assertEquals(0, notice.section());
        assertEquals(1, notice.line());
    }

    @Test
    void aNumberInsideATitleBelongsToTheTitle() {
        // 072: 《…关于转发国办公开办函〔2021〕30号文件做好年度报告编制发布工作的通知》(赣府公开办字〔2021〕8号)
        List<Citation> cs = citations("072.txt");
        Citation notice = titled(cs, "转发国办公开办函");
        assertEquals("赣府公开办字", notice.issuer());
        assertEquals(8, notice.number());
        assertTrue(cs.stream().noneMatch(c -> c.number() != null && c.number() == 30),
                "30号 inside the title is no citation of its own: " + cs);
    }

    @Test
    void aTitleWithoutNumberAndTheYearItNames() {
        Citation old = titled(citations("065.txt"), "年度报告有关事项的通知");
        assertNull(old.issuer());
        assertNull(old.number());
        Citation stale = titled(citations("067.txt"), "做好2020年度");
        assertEquals(2020, stale.titleYear());
        assertNull(stale.number());
    }

    @Test
    void aNumberWithoutTitle() {
        // 078: …关于印发《…年度报告格式》的通知(国办公开办函〔2021〕30号): the 》 closes the inner title only
        List<Citation> cs = citations("078.txt");
        Citation bare = cs.stream().filter(c -> c.title() == null).findFirst().orElseThrow();
        assertEquals("国办公开办函", bare.issuer());
        assertEquals(2021, bare.year());
        assertEquals(30, bare.number());
        assertEquals("国办公开办函〔2021〕30号", bare.text());
    }

    @Test
    void numbersInRoundBracketsWithoutATitleAndTheirIssuers() {
        // a paragraph with no 《》 and no 〔〕: the number in round brackets alone. The issuer is the Chinese run before
        // the bracket ("根据" too: the rules read how it ends), at most its last twelve characters, and a number
        // written right after another does not take the other's 号 into its issuer
        Report r = Corpus.parser().parse(SourceDocument.ofText("t.txt", "text", "UTF-8", """
                2023年度政府信息公开工作年度报告
                一、总体情况
                根据国办公开办函（2021）30号要求编制。
                另见某某某某某某某某某某某某某某某某发〔2020〕2号国办发〔2020〕3号。
                """));
        List<String> read = r.citations().stream().map(c -> c.issuer() + "/" + c.year() + "/" + c.number()).toList();
        assertEquals(List.of("根据国办公开办函/2021/30", "某某某某某某某某某某某发/2020/2", "国办发/2020/3"), read);
    }

    private static List<Citation> citationsOf(String paragraph) {
        return Corpus.parser().parse(SourceDocument.ofText("t.txt", "text", "UTF-8",
                "2023年度政府信息公开工作年度报告\n一、总体情况\n" + paragraph + "\n")).citations();
    }

    @Test
    void eachTitleTakesTheNumberRightAfterIt() {
        StringBuilder p = new StringBuilder();
        for (int i = 1; i <= 50; i++) p.append("《第").append(i).append("号通知》国办发〔2020〕").append(i).append("号，");
        List<Citation> cs = citationsOf(p.toString());
        assertEquals(50, cs.size());
        for (int i = 1; i <= 50; i++) {
            Citation c = cs.get(i - 1);
            assertEquals("第" + i + "号通知", c.title());
            assertEquals(i, c.number(), c.text());
        }
    }

    @Test
    void aQuoteLeftOpenIsNoTitleBeyondTwoHundredCharacters() {
        // a thousand 《 then a thousand 》: only the pairs no more than 200 characters apart are titles (such a line
        // made a title of each pair, as long as the line: with 150,000 pairs one check took 75 s and 6 GB)
        List<Citation> cs = citationsOf("《".repeat(1000) + "》".repeat(1000));
        assertEquals(101, cs.size());
        assertEquals(200, cs.stream().mapToInt(c -> c.title().length()).max().orElseThrow());
    }
}
