package cn.zwgk.audit.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {

    static List<Path> seeds() throws IOException {
        return SeedText.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aPublishedPageReadsAsTheReportsLines(Path seedFile, @TempDir Path dir) throws Exception {
        SeedText seed = SeedText.of(seedFile);
        Path page = dir.resolve("report.txt"); // the name says nothing: the content decides
        Files.writeString(page, Renderings.html(seed), StandardCharsets.UTF_8);
        SourceDocument doc = Documents.read(page);
        assertEquals("html", doc.format());
        Lines.assertSame(seed.expectedLines(), texts(doc));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aGbkPageIsDecoded(Path seedFile, @TempDir Path dir) throws Exception {
        SeedText seed = SeedText.of(seedFile);
        String html = Renderings.html(seed).replace("charset=\"utf-8\"", "charset=\"gbk\"");
        Path page = dir.resolve("report.htm");
        Files.write(page, html.getBytes(Charset.forName("GBK")));
        SourceDocument doc = Documents.read(page);
        assertEquals("GB18030", doc.encoding());
        Lines.assertSame(seed.expectedLines(), texts(doc));
    }

    @Test
    void mergedCellsStandOnceAndKeepTheirColumns() throws Exception {
        String html = "<html><body><table>"
                + "<tr><td rowspan=\"3\" colspan=\"2\">(本列数据的勾稽关系)</td><td colspan=\"3\">申请人情况</td></tr>"
                + "<tr><td rowspan=\"2\">自然人</td><td>商业企业</td><td rowspan=\"2\">总计</td></tr>"
                + "<tr><td>科研机构</td></tr>"
                + "<tr><td rowspan=\"2\">三、本年度办理结果</td><td>(一)予以公开</td><td>1</td><td>2</td><td>3</td></tr>"
                + "<tr><td>(二)部分公开</td><td>4</td><td>5</td><td>9</td></tr>"
                + "</table></body></html>";
        assertEquals(List.of(
                "(本列数据的勾稽关系) | 申请人情况 |",
                "| 自然人 | 商业企业 | 总计 |",
                "| | 科研机构 | |",
                "三、本年度办理结果 | (一)予以公开 | 1 | 2 | 3 |",
                "| (二)部分公开 | 4 | 5 | 9 |"), texts(read(html)));
    }

    /**
     * Word pastes (pingtan_2021): "自然人" spans grid columns 3–4 and "商业企业" 4–5, so every value under 商业企业
     * spans two grid columns; and a column that is empty in every row, header included, is a spacer.
     */
    @Test
    void aValueSpanningTwoGridColumnsIsOneCellAndAnEmptyColumnIsNone() throws Exception {
        String html = "<table>"
                + "<tr><td colspan=\"2\">自然人</td><td colspan=\"2\">法人或其他组织</td><td></td><td>总计</td></tr>"
                + "<tr><td></td><td colspan=\"2\">商业企业</td><td>科研机构</td><td></td><td></td></tr>"
                + "<tr><td>64</td><td colspan=\"2\">0</td><td>2</td><td>&nbsp;</td><td>66</td></tr>"
                + "</table>";
        assertEquals(List.of("自然人 | 法人或其他组织 | 总计 |", "| 商业企业 | 科研机构 | |", "64 | 0 | 2 | 66 |"),
                texts(read(html)));
    }

    @Test
    void layoutTablesAreReadAsTheirContentAndNavigationIsDropped() throws Exception {
        String html = "<html><body><nav>首页 | 一、导航</nav><table><tr><td><p>菜单</p></td><td>"
                + "<h2>某局2023年政府信息公开工作年度报告</h2>"
                + "<div id=\"c\"><p>一、总体情况</p><p>正文<br>第二行</p><p>二、主动公开政府信息情况</p>"
                + "<table><tr><td>规章</td><td>0</td></tr></table></div></td></tr></table>"
                + "<footer>六、网站地图</footer></body></html>";
        assertEquals(List.of("某局2023年政府信息公开工作年度报告", "一、总体情况", "正文", "第二行",
                "二、主动公开政府信息情况", "规章 | 0 |"), texts(read(html)));
    }

    @Test
    void aCaptionIsReadBeforeItsTableAndASingleColumnTableIsLayout() throws Exception {
        String html = "<table><tr><td><p>一、总体情况</p><p>正文</p>"
                + "<table><caption>二、主动公开政府信息情况</caption><tr><th>信息内容</th><th>本年制发件数</th></tr>"
                + "<tr><td>规章</td><td>0</td></tr></table></td></tr></table>";
        assertEquals(List.of("一、总体情况", "正文", "二、主动公开政府信息情况", "信息内容 | 本年制发件数 |", "规章 | 0 |"),
                texts(read(html)));
    }

    @Test
    void aHeaderWithTheTitleStaysAndASiteHeaderGoes() throws Exception {
        String html = "<body><header><a href=\"/\">某市人民政府门户网站</a> 一、首页 二、政务公开</header><article>"
                + "<header><h1>某局2023年政府信息公开工作年度报告</h1></header>"
                + "<p>一、总体情况</p><p>正文</p><p>二、主动公开政府信息情况</p></article></body>";
        assertEquals(List.of("某局2023年政府信息公开工作年度报告", "一、总体情况", "正文", "二、主动公开政府信息情况"),
                texts(read(html)));
    }

    @Test
    void tableRowsSayWhereTheyCameFrom() throws Exception {
        SourceDocument doc = read("<p>一、总体情况</p><p>二、主动公开</p><table><tr><td>规章</td><td>0</td></tr>"
                + "<tr><td>行政规范性文件</td><td>1</td></tr></table>");
        assertEquals("表格1 第2行", doc.lines().get(3).origin());
        assertEquals(4, doc.lines().get(3).number());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aReportPastedAsPreformattedTextKeepsItsLines(Path seedFile) throws Exception {
        String text = Files.readString(seedFile, StandardCharsets.UTF_8);
        String html = "<html><body><div class=\"nav\">首页</div><pre>" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</pre></body></html>";
        List<String> asText = texts(Documents.read("a.txt", text.getBytes(StandardCharsets.UTF_8))).stream()
                .filter(l -> !l.isBlank()).toList(); // a page has no empty lines
        assertEquals(asText, texts(read(html)));
        String styled = "<html><body><div style=\"font-size:16px; WHITE-SPACE: pre-wrap\">"
                + text.replace("&", "&amp;").replace("<", "&lt;") + "</div></body></html>";
        assertEquals(asText, texts(read(styled)));
    }

    @Test
    void aTableStyledToKeepLineBreaksLeavesTheTextAfterItAlone() throws Exception {
        String html = "<html><body><table style=\"white-space:pre\"><tr><td>规章</td><td>0</td></tr></table>"
                + "<p>五、存在的主要问题\n及改进情况</p></body></html>";
        assertEquals(List.of("规章 | 0 |", "五、存在的主要问题 及改进情况"), texts(read(html)));
    }

    @Test
    void lineBreaksInTheSourceOfOrdinaryTextAreSpaces() throws Exception {
        String html = "<html><body><p>一、总体情况\n本年度</p><div style=\"color:red\">二、主动公开\n政府信息情况</div>"
                + "<pre>三、收到\n申请</pre><p>四、行政复议\n情况</p></body></html>";
        assertEquals(List.of("一、总体情况 本年度", "二、主动公开 政府信息情况", "三、收到", "申请", "四、行政复议 情况"),
                texts(read(html)));
    }

    @Test
    void aPageWithoutAReportStillReadsAsItsText() throws Exception {
        SourceDocument doc = read("<!doctype html><html><body><h1>页面不存在</h1><p>404 Not Found</p></body></html>");
        assertEquals(List.of("页面不存在", "404 Not Found"), texts(doc));
        assertFalse(doc.lines().isEmpty());
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() throws Exception {
        String html = "<html><body>" + "<div>".repeat(20_000) + "一、总体情况" + "</div>".repeat(20_000) + "</body></html>";
        assertTrue(texts(read(html)).contains("一、总体情况"));
    }

    static SourceDocument read(String html) throws Exception {
        return Documents.read("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> texts(SourceDocument doc) {
        return doc.lines().stream().map(SourceLine::text).toList();
    }
}
