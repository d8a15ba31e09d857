package cn.zwgk.audit.cli;

import cn.zwgk.audit.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office's year, end to end through the command line: a roster of 8 agencies of which 6 submit (five seed
 * reports and a real HTML report), one agency with an accepted finding; in a second run 江阳区 resubmits its report
 * with the table error fixed. Asserts the overview, the resubmission's fixed/remaining lists, and that nothing of the
 * first run is lost.
 */
class CampaignEndToEndTest {

    static final ObjectMapper M = new ObjectMapper();
    /** The table line the first submission of 江阳区 gets wrong: 41 results for 40 applications handled. */
    static final String RIGHT_TOTAL = "(七)总计 | 40 | 0 | 0 | 0 | 0 | 0 | 40 |";
    static final String WRONG_TOTAL = "(七)总计 | 41 | 0 | 0 | 0 | 0 | 0 | 41 |";
    static final String JIANGYANG = "泸州市江阳区人民政府办公室";

    @TempDir
    static Path dir;
    static Path campaign;
    static Cli first;
    static Cli second;
    /** Every file of the campaign folder after the first run, with its bytes. */
    static Map<String, byte[]> afterFirst = new HashMap<>();

    @BeforeAll
    static void year() throws Exception {
        campaign = Files.createDirectories(dir.resolve("2023年度审查"));
        Files.writeString(campaign.resolve("agencies.csv"), """
                单位,文件名,联系人
                昆明市盘龙区科学技术和工业信息化局,盘龙区科工信局,张敏 0871-63100001
                泸州市江阳区人民政府办公室,江阳区政府办,李强 0830-3100002
                平顶山市科学技术局,平顶山科技局,王芳 0375-2100003
                舞钢市科学技术局,舞钢科技局,赵磊 0375-8100004
                昆明市政务服务管理局,昆明政务服务局,陈静 0871-63149962
                平潭综合实验区管理委员会,平潭,林峰 0591-24300005
                江阳区财政局,江阳区财政局,周洁 0830-3100007
                江阳区教育局,江阳区教育局,吴刚 0830-3100008
                """, StandardCharsets.UTF_8);
        Files.writeString(campaign.resolve("office.yaml"), """
                office: 泸州市人民政府办公室（政务公开办公室）
                docNumber: 泸府公开函〔${year}〕3号
                deadline: 2025年2月28日
                contact: 刘洋
                phone: 0830-3199999
                auditDate: 2025-01-20
                year: 2023
                fonts:
                  title: 方正小标宋简体
                  heading: 黑体
                  body: 仿宋_GB2312
                """, StandardCharsets.UTF_8);
        Files.writeString(campaign.resolve("accepted.yaml"), """
                - agency: 平顶山市科学技术局
                  code: PERIOD_MISSING
                  explanation: 该局报告第一部分已写明“2023年度”，统计期限按全年理解，本年度不再要求补写。
                """, StandardCharsets.UTF_8);

        Path run1 = Files.createDirectories(dir.resolve("第一批"));
        copy("000_5e8b3a9a41b72c94.txt", run1.resolve("盘龙区科工信局.txt"));
        String jiangyang = Files.readString(Fixtures.SEEDS.resolve("001_5947d9b708ca0c38.txt"));
        assertTrue(jiangyang.contains(RIGHT_TOTAL));
        Files.writeString(run1.resolve("江阳区政府办.txt"), jiangyang.replace(RIGHT_TOTAL, WRONG_TOTAL));
        copy("002_8a0b9e9e20871801.txt", run1.resolve("平顶山科技局.txt"));
        copy("003_4e3048a979d6098a.txt", run1.resolve("舞钢科技局.txt"));
        copy("004_0864bcb7706cd59b.txt", run1.resolve("昆明政务服务局.txt"));
        Files.copy(Fixtures.REAL_HTML.resolve("pingtan_2022.html"), run1.resolve("平潭2022年报.html"));
        first = Cli.run("check", "--out", campaign.toString(), run1.toString());
        try (Stream<Path> s = Files.walk(campaign)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                afterFirst.put(campaign.relativize(p).toString(), Files.readAllBytes(p));
            }
        }

        // the resubmission, under another file name, in a later run with another date and without PDFs
        Path run2 = Files.createDirectories(dir.resolve("补报"));
        Files.writeString(run2.resolve("江阳区政府办（修改稿）.txt"), jiangyang);
        second = Cli.run("check", "--out", campaign.toString(), "--date", "2025-03-05", "--no-pdf", run2.toString());
    }

    private static void copy(String seed, Path to) throws Exception {
        Files.copy(Fixtures.SEEDS.resolve(seed), to);
    }

    private static JsonNode json(String file) throws Exception {
        return M.readTree(campaign.resolve(file).toFile());
    }

    @Test
    void firstRunNamesReportsByTheRosterAndFailsOnErrors() throws Exception {
        assertEquals(1, first.code(), first.err());
        assertFalse(first.err().contains("仍是示例"), "office.yaml is filled in: no placeholder warning");
        Set<String> names = new TreeSet<>();
        for (String f : afterFirst.keySet()) {
            if (f.endsWith(".pdf") && !f.startsWith("summary") && !f.startsWith("通报")) names.add(f);
        }
        assertEquals(Set.of("昆明市盘龙区科学技术和工业信息化局.pdf", JIANGYANG + ".pdf", "平顶山市科学技术局.pdf",
                "舞钢市科学技术局.pdf", "昆明市政务服务管理局.pdf", "平潭综合实验区管理委员会.pdf"), names);
        JsonNode wugang = M.readTree(afterFirst.get("舞钢市科学技术局.json"));
        assertTrue(wugang.get("agency").isNull(), "the report itself names no agency");
        assertEquals("舞钢市科学技术局", wugang.get("roster").asText());
        assertEquals("舞钢科技局.txt", wugang.get("source").asText(), "the letter names the file, not the clerk's folders");
        JsonNode jy = M.readTree(afterFirst.get(JIANGYANG + ".json"));
        assertEquals("fail", jy.get("verdict").asText());
        assertEquals(1, jy.get("run").asInt());
        assertEquals("2025-01-20", jy.get("date").asText(), "the audit date of office.yaml");
    }

    @Test
    void acceptedFindingIsLeftOutOfTheLetterAndKeptForTheOffice() throws Exception {
        JsonNode pds = json("平顶山市科学技术局.json");
        for (JsonNode f : pds.get("findings")) assertFalse(f.get("rule").asText().equals("PERIOD_MISSING"));
        assertEquals(1, pds.get("accepted").size());
        assertEquals("PERIOD_MISSING", pds.get("accepted").get(0).get("finding").get("rule").asText());
        assertTrue(pds.get("accepted").get(0).get("explanation").asText().startsWith("该局报告第一部分"));
        // the other agencies with the same finding keep it
        assertTrue(codes(json("舞钢市科学技术局.json")).contains("PERIOD_MISSING"));
    }

    @Test
    void resubmissionListsWhatWasFixedAndWhatRemains() throws Exception {
        assertEquals(0, second.code(), second.out() + second.err());
        JsonNode jy = json(JIANGYANG + ".json");
        assertEquals(2, jy.get("run").asInt());
        assertEquals("2025-03-05", jy.get("date").asText());
        assertEquals("pass", jy.get("verdict").asText());
        assertEquals("江阳区政府办（修改稿）.txt", jy.get("source").asText());
        JsonNode review = jy.get("review");
        assertEquals(1, review.get("previousRun").asInt());
        assertEquals("江阳区政府办.txt", review.get("previousFile").asText());
        List<String> fixed = rules(review.get("fixed"));
        List<String> remaining = rules(review.get("remaining"));
        JsonNode before = M.readTree(afterFirst.get(JIANGYANG + ".json"));
        List<String> errorsBefore = new ArrayList<>();
        for (JsonNode f : before.get("findings")) if (f.get("severity").asText().equals("error")) errorsBefore.add(f.get("rule").asText());
        assertFalse(errorsBefore.isEmpty());
        assertEquals(errorsBefore.stream().sorted().toList(), fixed.stream().sorted().toList(),
                "every error of the first submission is fixed");
        assertEquals(List.of("PERIOD_MISSING"), remaining, "the warning the fix did not touch remains");
        assertEquals(0, review.get("added").size());
    }

    @Test
    void nothingOfTheFirstRunIsLost() throws Exception {
        // the superseded audit moved whole into history/, byte for byte
        assertArrayEquals(afterFirst.get(JIANGYANG + ".json"), Files.readAllBytes(campaign.resolve("history/" + JIANGYANG + ".run1.json")));
        assertArrayEquals(afterFirst.get(JIANGYANG + ".pdf"), Files.readAllBytes(campaign.resolve("history/" + JIANGYANG + ".run1.pdf")));
        // run 2 wrote no PDF: the out-of-date letter and overview PDFs are not left beside the new state
        assertFalse(Files.exists(campaign.resolve(JIANGYANG + ".pdf")));
        assertFalse(Files.exists(campaign.resolve("summary.pdf")));
        assertFalse(Files.exists(campaign.resolve("通报.pdf")));
        assertTrue(Files.exists(campaign.resolve(JIANGYANG + ".docx")), "the new letter, editable");
        // every other report of run 1 is untouched
        for (var e : afterFirst.entrySet()) {
            String f = e.getKey();
            if (f.startsWith(JIANGYANG) || f.startsWith("summary") || f.startsWith("findings") || f.startsWith("通报")
                    || f.equals("runs.json")) continue;
            assertArrayEquals(e.getValue(), Files.readAllBytes(campaign.resolve(f)), f);
        }
        JsonNode runs = json("runs.json");
        assertEquals(2, runs.size());
        assertEquals("2025-01-20", runs.get(0).get("date").asText());
        assertEquals(6, runs.get(0).get("files").size());
        assertEquals("2025-03-05", runs.get(1).get("date").asText());
        assertEquals(1, runs.get(1).get("files").size());
        assertNotNull(runs.get(1).get("rulesVersion").asText());
    }

    @Test
    void overviewIsRebuiltFromEveryReportOfTheCampaign() throws Exception {
        JsonNode s = json("summary.json");
        assertEquals(6, s.get("total").asInt(), "the second run's one report did not replace the overview");
        // 平潭's 收到75件 against 74 new + 1 carried over is a warning (NARRATIVE_MISMATCH.口径): it passes
        assertEquals(0, s.get("failed").asInt(), "平潭's narrative mismatch is a soft one");
        assertEquals(6, s.get("passed").asInt());
        List<String> absent = new ArrayList<>();
        for (JsonNode a : s.get("notSubmitted")) absent.add(a.get("agency").asText());
        assertEquals(List.of("江阳区财政局", "江阳区教育局"), absent);
        List<String> years = new ArrayList<>();
        for (JsonNode r : s.get("yearMismatch")) years.add(r.get("agency").asText());
        assertEquals(List.of("平潭综合实验区管理委员会", "舞钢市科学技术局"), years,
                "the 2022 report (平潭) and the 2024 one (舞钢) in a campaign of 2023 reports");
        JsonNode review = json(JIANGYANG + ".json").get("review");
        int resubmitted = 0;
        for (JsonNode r : s.get("reports")) {
            if (r.get("agency").asText().equals(JIANGYANG)) {
                resubmitted++;
                assertEquals(review.get("fixed").size(), r.get("review").get("fixed").asInt());
                assertEquals(1, r.get("review").get("remaining").asInt());
                assertEquals(2, r.get("run").asInt());
            } else {
                assertTrue(r.get("review").isNull());
                assertEquals(1, r.get("run").asInt());
            }
        }
        assertEquals(1, resubmitted);
    }

    @Test
    void filesGetTheUmasksPermissionsNotOwnerOnly() throws Exception {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(campaign.resolve("summary.json"));
        assertTrue(perms.contains(PosixFilePermission.OWNER_READ));
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(
                Files.createFile(dir.resolve("probe-" + System.nanoTime())));
        assertEquals(umask, perms, "a letter is created as any new file would be");
    }

    @Test
    void noticeReportsThePassRateNamesAgenciesByProblemAndListsEveryProblem() throws Exception {
        String text = docxText(campaign.resolve("通报.docx"));
        assertFalse(text.contains("某某"), "the office's own details, no placeholder");
        assertTrue(text.contains("泸府公开函〔2025〕3号"), text);
        int overview = text.indexOf("一、总体情况");
        int rate = text.indexOf("合格6份，不合格0份，合格率100.0%");
        int problems = text.indexOf("二、主要问题");
        // 平潭's 75-vs-74 is a warning (收到 counted with last year's carried-over application), listed after the
        // warning more agencies share
        int mismatch = text.indexOf("正文数字与表格不一致（警告）。平潭综合实验区管理委员会的报告存在此类问题");
        int period = text.indexOf("未说明统计期限（警告）。");
        int requirements = text.indexOf("三、整改要求");
        int attachment = text.indexOf("2023年度政府信息公开工作年度报告审查问题清单", requirements);
        assertTrue(0 <= overview && overview < rate && rate < problems && problems < period && period < mismatch
                && mismatch < requirements && requirements < attachment, text);
        assertTrue(text.contains("联系人：刘洋，电话：0830-3199999"), text);
        assertTrue(text.contains("本次应报送年度报告8个单位，实际收到6份"), text);
        assertTrue(text.contains("江阳区财政局、江阳区教育局等2个单位未报送年度报告"), text);
        assertTrue(text.contains("舞钢市科学技术局、" + JIANGYANG + "等2个单位的报告存在此类问题"), text);
        assertTrue(text.contains("泸州市江阳区人民政府办公室已完成整改"), "the resubmission, re-checked: " + text);
        assertTrue(text.contains("于2025年2月28日前"), text);
        // the accepted finding is not among 平顶山's problems
        String period2 = text.substring(period, text.indexOf("\n", period));
        assertTrue(period2.contains("舞钢市科学技术局") && period2.contains(JIANGYANG), period2);
        assertFalse(period2.contains("平顶山市科学技术局"), period2);
        // the appendix: one row per error or warning (notes stay in the letters)
        int rows = 0;
        for (String name : List.of("平潭综合实验区管理委员会", "舞钢市科学技术局", JIANGYANG, "平顶山市科学技术局",
                "昆明市政务服务管理局", "昆明市盘龙区科学技术和工业信息化局")) {
            for (JsonNode f : json(name + ".json").get("findings")) if (!f.get("severity").asText().equals("info")) rows++;
        }
        try (var doc = new XWPFDocument(Files.newInputStream(campaign.resolve("通报.docx")))) {
            assertEquals(1, doc.getTables().size());
            assertEquals(rows + 1, doc.getTables().get(0).getRows().size(), "header and one row per problem");
        }
    }

    @Test
    void workbookHasARowPerAgencyPerFindingAndPerProblemType() throws Exception {
        try (var wb = new XSSFWorkbook(Files.newInputStream(campaign.resolve("findings.xlsx")))) {
            assertEquals(List.of("按单位", "问题明细", "按问题类型"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Sheet byAgency = wb.getSheetAt(0);
            assertEquals(8, byAgency.getLastRowNum(), "6 agencies that submitted, 2 that did not");
            Map<String, String> verdicts = new HashMap<>();
            for (int r = 1; r <= 8; r++) {
                verdicts.put(byAgency.getRow(r).getCell(1).getStringCellValue(), byAgency.getRow(r).getCell(4).getStringCellValue());
            }
            assertEquals("通过", verdicts.get("平潭综合实验区管理委员会"));
            assertEquals("通过", verdicts.get(JIANGYANG));
            assertEquals("未报送", verdicts.get("江阳区教育局"));

            int findings = 0;
            int accepted = 0;
            for (String f : afterFirst.keySet()) {
                if (!f.endsWith(".json") || f.equals("summary.json") || f.equals("runs.json") || f.contains("/")) continue;
                JsonNode doc = json(f);
                findings += doc.get("findings").size();
                accepted += doc.get("accepted").size();
            }
            Sheet rows = wb.getSheetAt(1);
            assertEquals(findings + accepted, rows.getLastRowNum(), "one row per finding, accepted ones too");
            int acceptedRows = 0;
            for (int r = 1; r <= rows.getLastRowNum(); r++) {
                if (rows.getRow(r).getCell(8).getStringCellValue().equals("已认可")) {
                    acceptedRows++;
                    assertEquals("平顶山市科学技术局", rows.getRow(r).getCell(0).getStringCellValue());
                    assertEquals("PERIOD_MISSING", rows.getRow(r).getCell(2).getStringCellValue());
                    assertTrue(rows.getRow(r).getCell(9).getStringCellValue().startsWith("该局报告第一部分"));
                }
            }
            assertEquals(1, acceptedRows);

            Sheet types = wb.getSheetAt(2);
            boolean period = false;
            for (int r = 1; r <= types.getLastRowNum(); r++) {
                if (!types.getRow(r).getCell(1).getStringCellValue().equals("PERIOD_MISSING")) continue;
                period = true;
                assertEquals("未说明统计期限", types.getRow(r).getCell(0).getStringCellValue());
                assertEquals(2, (int) types.getRow(r).getCell(4).getNumericCellValue());
                assertEquals("舞钢市科学技术局、" + JIANGYANG, types.getRow(r).getCell(5).getStringCellValue());
            }
            assertTrue(period);
        }
    }

    @Test
    void lettersNameTheFileAndKeepBothSidesOfAMismatchNeutral() throws Exception {
        String pingtan = docxText(campaign.resolve("平潭综合实验区管理委员会.docx"));
        assertTrue(pingtan.contains("平潭2022年报.html"), pingtan);
        assertFalse(pingtan.contains(dir.toString()), "no folder of the clerk's machine");
        assertTrue(pingtan.contains("正文数字与表格不一致"), "the Chinese name of NARRATIVE_MISMATCH");
        assertTrue(pingtan.contains("表格 / 正文：74 / 75"), pingtan);
        assertFalse(pingtan.contains("应为"), "the letter does not say which side is right");
        // how many warnings depends on the severities the office sets in codes.yaml: only the verdict is held here
        assertTrue(pingtan.contains("审查结论：通过　错误 0 项　警告 "), pingtan);
        String resubmitted = docxText(campaign.resolve(JIANGYANG + ".docx"));
        JsonNode review = json(JIANGYANG + ".json").get("review");
        assertTrue(resubmitted.contains("整改复核（与第1次审查比较：2025年1月20日，文件 江阳区政府办.txt）"), resubmitted);
        assertTrue(resubmitted.contains("已整改（" + review.get("fixed").size() + "）"), resubmitted);
        assertTrue(resubmitted.contains("仍未整改（1）：未说明统计期限"), resubmitted);
        assertTrue(docxText(campaign.resolve("舞钢市科学技术局.docx")).contains(
                "本批次审查的是2023年度报告，你单位报送的是2024年度报告"), "the year office.yaml expects");
        String pds = docxText(campaign.resolve("平顶山市科学技术局.docx"));
        assertFalse(pds.contains("本批次审查的是"), "a 2023 report in a 2023 campaign");
        assertFalse(pds.contains("未说明统计期限"), "the accepted finding is not in the letter");
    }

    @Test
    void wordTablesKeepTheirColumnWidths() throws Exception {
        // the grid (w:gridCol, twips) is what LibreOffice lays out; cell widths alone gave equal columns
        try (var letter = new XWPFDocument(Files.newInputStream(campaign.resolve(JIANGYANG + ".docx")))) {
            int[] heading = gridTwips(letter.getTables().get(0));
            assertEquals(2, heading.length);
            assertEquals(4.0, (double) heading[1] / heading[0], 0.01, "报送机关 | the agency: 1 : 4");
            assertEquals(8844, heading[0] + heading[1], "the A4 text width");
        }
        try (var notice = new XWPFDocument(Files.newInputStream(campaign.resolve("通报.docx")))) {
            int[] cols = gridTwips(notice.getTables().get(0));
            assertEquals(5, cols.length, "序号 单位 问题 级别 位置");
            assertEquals(8844, java.util.Arrays.stream(cols).sum());
            assertEquals(cols[2], java.util.Arrays.stream(cols).max().getAsInt(), "问题 the widest column");
            assertEquals(5.0, (double) cols[2] / cols[0], 0.01, "问题 five times 序号");
            assertTrue(cols[0] >= 700, "序号 holds \"序号\" and a four-digit number on one line at 10.5 pt: " + cols[0]);
        }
    }

    private static int[] gridTwips(org.apache.poi.xwpf.usermodel.XWPFTable t) {
        return t.getCTTbl().getTblGrid().getGridColList().stream()
                .mapToInt(c -> ((java.math.BigInteger) c.getW()).intValue()).toArray();
    }

    static String docxText(Path docx) throws Exception {
        try (var doc = new XWPFDocument(Files.newInputStream(docx)); var ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    private static List<String> rules(JsonNode findings) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings) out.add(f.get("rule").asText());
        return out;
    }

    private static Set<String> codes(JsonNode doc) {
        return new TreeSet<>(rules(doc.get("findings")));
    }
}
