package cn.zwgk.audit.cli;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.pipeline.Auditor;
import cn.zwgk.audit.render.PdfChecks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code audit check --previous} and batch comparison through the real command line, on the two consecutive real web
 * pages of one agency (samples/real-html) and the seeds.
 */
class CompareEndToEndTest {

    private static final ObjectMapper M = new ObjectMapper();
    private static final Path Y2021 = Fixtures.REAL_HTML.resolve("pingtan_2021.html");
    private static final Path Y2022 = Fixtures.REAL_HTML.resolve("pingtan_2022.html");
    private static final List<String> CROSS_YEAR = List.of("CROSS_YEAR_CARRYOVER", "CROSS_YEAR_STOCK",
            "CROSS_YEAR_PENDING", "CROSS_YEAR_NARRATIVE");
    private static final List<String> COPYING = List.of("COPY_PREVIOUS", "COPY_PEER", "TABLES_UNCHANGED");

    @TempDir
    Path dir;

    /** Runs check over {@code current} with last year's folder holding {@code previous}; returns the out folder. */
    private Path check(Path previousDir, Path... current) throws Exception {
        return check(false, previousDir, current);
    }

    private Path check(boolean pdf, Path previousDir, Path... current) throws Exception {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("check", "--out", out.toString()));
        if (!pdf) args.add("--no-pdf");
        if (previousDir != null) args.addAll(List.of("--previous", previousDir.toString()));
        for (Path p : current) args.add(p.toString());
        Cli run = Cli.run(args.toArray(String[]::new));
        assertTrue(run.code() == 0 || run.code() == 1, run.err());
        lastRun = run;
        return out;
    }

    private Cli lastRun;

    private Path folder(String name, Path... files) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        for (Path f : files) Files.copy(f, d.resolve(f.getFileName()));
        return d;
    }

    private static JsonNode json(Path out, String name) throws Exception {
        return M.readTree(out.resolve(name + ".json").toFile());
    }

    private static List<JsonNode> findings(JsonNode report, List<String> codes) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode f : report.get("findings")) if (codes.contains(f.get("rule").asText())) found.add(f);
        return found;
    }

    /** Table 三 row D of 2021 and row B of 2022, as the pages' README gives them (自然人 … 其他, 总计). */
    private static final List<Long> D_2021 = List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    private static final List<Long> B_2022 = List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L);

    private static List<Long> row(Report r, String row) {
        List<Long> values = new ArrayList<>();
        for (String col : List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")) {
            values.add(r.cells().stream().filter(c -> c.table().equals("T3") && c.row().equals(row)
                    && c.column().equals(col)).findFirst().map(Cell::value).orElse(null));
        }
        return values;
    }

    @Test
    void consecutiveRealPagesPassTheCrossYearIdentities() throws Exception {
        ReportParser parser = ReportParser.fromRules(Fixtures.RULES);
        assertEquals(B_2022, row(Auditor.parse(parser, Y2022), "B"));
        assertEquals(D_2021, row(Auditor.parse(parser, Y2021), "D"));
        Path out = check(folder("prev", Y2021), folder("cur", Y2022));
        JsonNode r = json(out, "pingtan_2022");
        assertEquals(List.of(), findings(r, CROSS_YEAR), r.toPrettyString());
        assertEquals(List.of(), findings(r, COPYING), r.toPrettyString());
        JsonNode compared = r.get("compared");
        assertTrue(compared.get("previous").asText().endsWith("pingtan_2021.html"), compared.toString());
        assertEquals(2021, compared.get("previousYear").asInt());
        JsonNode summary = M.readTree(out.resolve("summary.json").toFile());
        assertEquals(1, summary.get("compared").get("withPrevious").asInt());
        assertEquals(0, summary.get("compared").get("previousUnmatched").asInt());
        List<String> keys = new java.util.ArrayList<>();
        summary.get("compared").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("withPrevious", "previousUnmatched", "peers"), keys, "the same order in every run");
    }

    @Test
    void aChangedCopyOfThe2022PageThatBreaksTheCarryOverIsCaught() throws Exception {
        // 2022 with nothing carried over and one more new application: table 三 still balances in itself
        String html = Files.readString(Y2022, StandardCharsets.UTF_8);
        html = inRow(html, "一、本年新收", ">71<", ">72<");
        html = inRow(html, "一、本年新收", ">74<", ">75<");
        html = inRow(html, "上年结转", ">1<", ">0<");
        Path cur = Files.createDirectories(dir.resolve("cur"));
        Files.writeString(cur.resolve("pingtan_2022.html"), html, StandardCharsets.UTF_8);
        Path out = check(folder("prev", Y2021), cur);
        JsonNode r = json(out, "pingtan_2022");
        List<JsonNode> carry = findings(r, List.of("CROSS_YEAR_CARRYOVER"));
        JsonNode total = carry.stream().filter(f -> f.get("column").asText().equals("总计")).findFirst().orElseThrow(
                () -> new AssertionError(r.toPrettyString()));
        assertEquals("warning", total.get("severity").asText());
        assertEquals(1, total.get("expected").asInt());
        assertEquals(0, total.get("actual").asInt());
        assertTrue(total.get("message").asText().contains("2021年"), total.toString());
        assertEquals(List.of(), findings(r, List.of("T3_BALANCE", "T3_ROW_TOTAL")), "the copy balances in itself");
    }

    @Test
    void section5CopiedFromLastYearIsCaughtWithItsPassages() throws Exception {
        Document y2021 = Jsoup.parse(Y2021.toFile(), "UTF-8");
        Document y2022 = Jsoup.parse(Y2022.toFile(), "UTF-8");
        List<String> lastYear = section5Paragraphs(y2021).stream().map(Element::text).toList();
        List<Element> thisYear = section5Paragraphs(y2022);
        assertEquals(2, lastYear.size(), lastYear.toString());
        assertEquals(2, thisYear.size());
        for (int i = 0; i < 2; i++) thisYear.get(i).text(lastYear.get(i));
        Path cur = Files.createDirectories(dir.resolve("cur"));
        Files.writeString(cur.resolve("pingtan_2022.html"), y2022.outerHtml(), StandardCharsets.UTF_8);

        Path out = check(folder("prev", Y2021), cur);
        List<JsonNode> copy = findings(json(out, "pingtan_2022"), List.of("COPY_PREVIOUS"));
        assertEquals(1, copy.size(), copy.toString());
        JsonNode f = copy.get(0);
        assertEquals(5, f.get("section").asInt());
        assertEquals("warning", f.get("severity").asText());
        assertTrue(f.get("evidence").asText().contains("一是丰富政策解读形式"), f.toString());
        assertTrue(f.get("message").asText().contains("第五部分"), f.toString());
    }

    /** The paragraphs of section 五: the two between its heading and 六's. */
    private static List<Element> section5Paragraphs(Document d) {
        List<Element> found = new ArrayList<>();
        boolean in = false;
        for (Element p : d.select("p")) {
            String t = p.text().strip();
            if (t.startsWith("六、")) break;
            if (in && !t.isEmpty()) found.add(p);
            if (t.startsWith("五、")) in = true;
        }
        return found;
    }

    @Test
    void aReportCopiedFromAPeerOfTheBatchIsCaughtWithItsPassages() throws Exception {
        Path cur = folder("cur", seeds().toArray(Path[]::new));
        Path original = cur.resolve("004_0864bcb7706cd59b.txt");
        String copied = Files.readString(original, StandardCharsets.UTF_8).replace("昆明市政务服务管理局", "昆明市某某局")
                .replace("2578", "2601").replace("361", "362");
        Files.writeString(cur.resolve("copy.txt"), copied, StandardCharsets.UTF_8);
        Path out = check(null, cur);
        List<JsonNode> copy = findings(json(out, "copy"), List.of("COPY_PEER"));
        assertEquals(1, copy.size(), copy.toString());
        assertTrue(copy.get(0).get("message").asText().contains("昆明市政务服务管理局"), copy.toString());
        assertTrue(copy.get(0).get("evidence").asText().startsWith("“"), copy.toString());
        assertEquals(1, findings(json(out, "004_0864bcb7706cd59b"), List.of("COPY_PEER")).size());
        for (String other : List.of("000_5e8b3a9a41b72c94", "001_5947d9b708ca0c38", "002_8a0b9e9e20871801",
                "003_4e3048a979d6098a")) {
            assertEquals(List.of(), findings(json(out, other), COPYING), other);
        }
    }

    @Test
    void theFiveSeedsAsOneBatchRaiseNoCopyingFinding() throws Exception {
        Path out = check(null, folder("cur", seeds().toArray(Path[]::new)));
        JsonNode summary = M.readTree(out.resolve("summary.json").toFile());
        assertEquals(5, summary.get("compared").get("peers").asInt());
        for (String code : COPYING) assertFalse(summary.get("byCode").has(code), summary.get("byCode").toString());
        assertTrue(lastRun.out().contains("同批比对：5 份报告"), lastRun.out());
    }

    @Test
    void lettersSummaryAndNoticeSayWhatWasComparedAndWhatFoundNoPreviousReport() throws Exception {
        Path seed = Fixtures.SEEDS.resolve("004_0864bcb7706cd59b.txt");
        Path out = check(true, folder("prev", Y2021), folder("cur", Y2022, seed));
        assertTrue(lastRun.out().contains("本年 1 份已对应，1 份未能对应"), lastRun.out());
        assertTrue(lastRun.out().contains("同批比对：2 份报告"), lastRun.out());
        String letter = String.join("", PdfChecks.of(Files.readAllBytes(out.resolve("pingtan_2022.pdf"))).lines()).replace(" ", "");
        assertTrue(letter.contains("与本机关上年（2021年）报告比对：pingtan_2021.html"), letter);
        assertFalse(letter.contains(dir.toString().replace(" ", "")), "a letter names files, never the clerk's folders");
        String other = String.join("", PdfChecks.of(Files.readAllBytes(out.resolve("004_0864bcb7706cd59b.pdf"))).lines()).replace(" ", "");
        assertTrue(other.contains("未能与上年报告比对：上年报告中没有“昆明市政务服务管理局”的报告"), other);
        String overview = String.join("", PdfChecks.of(Files.readAllBytes(out.resolve("summary.pdf"))).lines()).replace(" ", "");
        assertTrue(overview.contains("1份报告已与本机关上年报告逐表、逐段比对，1份未能对应上年报告"), overview);
        assertTrue(overview.contains("未能对应：004_0864bcb7706cd59b.txt"), overview);
        String notice = String.join("", PdfChecks.of(Files.readAllBytes(out.resolve("通报.pdf"))).lines()).replace(" ", "");
        assertTrue(notice.contains("1份报告与各单位上年度报告逐表、逐段比对（另有1份未找到上年度报告）"), notice);
        assertTrue(lastRun.err().contains("未能与上年报告对应：") && lastRun.err().contains("昆明市政务服务管理局"),
                lastRun.err());
        JsonNode summary = M.readTree(out.resolve("summary.json").toFile());
        assertEquals(1, summary.get("compared").get("withPrevious").asInt());
        assertEquals(1, summary.get("compared").get("previousUnmatched").asInt());
        assertTrue(json(out, "004_0864bcb7706cd59b").get("compared").get("previousUnmatched").asText()
                .contains("上年报告中没有“昆明市政务服务管理局”的报告"));
    }

    @Test
    void lastYearsRunFolderServesAsThePreviousReports() throws Exception {
        Path prevIn = folder("prev-in", Y2021);
        Path prevOut = dir.resolve("prev-out");
        Cli first = Cli.run("check", "--no-pdf", "--out", prevOut.toString(), prevIn.toString());
        assertTrue(first.code() <= 1, first.err());
        Path out = check(prevOut, folder("cur", Y2022));
        assertTrue(json(out, "pingtan_2022").get("compared").get("previous").asText().endsWith("pingtan_2021.html"));
    }

    @Test
    void theRostersNamesMatchAgenciesWhoseTitlesChanged() throws Exception {
        // this year the page calls itself 平潭实验区: its own name matches no report of last year
        Path cur = Files.createDirectories(dir.resolve("cur"));
        Files.writeString(cur.resolve("pingtan_2022.html"), Files.readString(Y2022, StandardCharsets.UTF_8)
                .replace("平潭综合实验区", "平潭实验区"), StandardCharsets.UTF_8);
        Path prev = folder("prev", Y2021);
        Path out = check(prev, cur);
        assertTrue(json(out, "pingtan_2022").get("compared").get("previousUnmatched").asText()
                .contains("上年报告中没有“平潭实验区”的报告"), json(out, "pingtan_2022").get("compared").toString());
        // the office's roster names the submission 平潭综合实验区, as last year's report calls itself
        Path campaign = Files.createDirectories(dir.resolve("campaign"));
        Files.writeString(campaign.resolve("agencies.csv"), "单位,文件名,联系人\n平潭综合实验区,pingtan,林峰\n",
                StandardCharsets.UTF_8);
        Cli run = Cli.run("check", "--no-pdf", "--out", campaign.toString(), "--previous", prev.toString(),
                cur.toString());
        assertTrue(run.code() <= 1, run.err());
        JsonNode compared = M.readTree(campaign.resolve("平潭综合实验区.json").toFile()).get("compared");
        assertTrue(compared.get("previous").asText().endsWith("pingtan_2021.html"), compared.toString());
    }

    private static List<Path> seeds() throws Exception {
        try (Stream<Path> s = Files.list(Fixtures.SEEDS)) {
            return s.sorted().toList();
        }
    }

    /** Replaces {@code from} by {@code to} inside the table row ({@code <tr>}) whose text starts with {@code label}. */
    private static String inRow(String html, String label, String from, String to) {
        int at = html.indexOf(label);
        int start = html.lastIndexOf("<tr", at);
        int end = html.indexOf("</tr>", at);
        assertTrue(start >= 0 && end > at, label);
        String row = html.substring(start, end);
        assertTrue(row.contains(from), label + " has no " + from);
        return html.substring(0, start) + row.replace(from, to) + html.substring(end);
    }
}
