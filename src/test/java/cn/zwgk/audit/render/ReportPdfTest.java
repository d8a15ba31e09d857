package cn.zwgk.audit.render;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Severity;
import cn.zwgk.audit.pipeline.Auditor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPdfTest {

    static ReportPdf pdf;
    static Templates templates;

    @BeforeAll
    static void load() throws Exception {
        templates = Templates.load(Path.of("templates"));
        pdf = new ReportPdf(templates.report(), Fixtures.tables(), Fixtures.codes());
    }

    @Test
    void pdfHasAgencyEveryCodeAndOnlyEmbeddedFonts() throws Exception {
        Audit audit = Samples.audit();
        byte[] bytes = pdf.render(audit, LocalDate.of(2024, 3, 1));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/sample-report.pdf"), bytes);
        PdfChecks pdf = PdfChecks.of(bytes);

        assertTrue(pdf.text().contains(Samples.AGENCY), "agency name is extractable text");
        for (Finding f : audit.findings()) assertTrue(pdf.text().contains(f.rule()), f.rule() + " in the PDF");
        assertFalse(pdf.fonts().isEmpty());
        assertTrue(pdf.embedded().stream().allMatch(e -> e), "every font embedded: " + pdf.fonts());
        assertTrue(pdf.fonts().stream().allMatch(n -> n.contains("NotoSansSC")), pdf.fonts().toString());
        assertTrue(pdf.text().contains("2024年3月1日"), "audit date");
        assertTrue(pdf.text().contains("a1b2c3d4"), "rule set version");
        assertTrue(pdf.text().contains("不通过"), "verdict");
        assertTrue(pdf.text().contains("错误 4 项"), "counts by severity");
    }

    @Test
    void pagesAreNumberedAndSectionsBookmarked() throws Exception {
        PdfChecks pdf = PdfChecks.of(ReportPdfTest.pdf.render(Samples.audit(), LocalDate.of(2024, 3, 1)));
        assertTrue(pdf.pages() >= 2);
        for (int p = 1; p <= pdf.pages(); p++) {
            assertTrue(pdf.text().contains("第 " + p + " 页 共 " + pdf.pages() + " 页"), "page number " + p);
        }
        // one bookmark per section group that has findings, then the appendix
        assertEquals(List.of("标题、统计期限及整体格式", "一、总体情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
                "附录　表格核对（按报告原文解析）", "表三　收到和处理政府信息公开申请情况",
                "表四　政府信息公开行政复议、行政诉讼情况"), pdf.bookmarks());
    }

    @Test
    void metadataNamesReportOfficeAndCodes() throws Exception {
        PdfChecks pdf = PdfChecks.of(ReportPdfTest.pdf.render(Samples.audit(), LocalDate.of(2024, 3, 1)));
        assertEquals("关于《泸州市江阳区人民政府办公室2023年政府信息公开工作年度报告》的审查意见", pdf.title());
        assertEquals(templates.report().office(), pdf.author());
        assertTrue(pdf.subject().contains("不通过"));
        assertTrue(pdf.keywords().contains("NARRATIVE_MISMATCH"));
        assertTrue(pdf.creator().contains("a1b2c3d4"));
    }

    @Test
    void appendixShowsTablesAsParsed() throws Exception {
        PdfChecks pdf = PdfChecks.of(ReportPdfTest.pdf.render(Samples.audit(), LocalDate.of(2024, 3, 1)));
        assertTrue(pdf.text().contains("一、本年新收政府信息公开申请数量"));
        assertTrue(pdf.text().contains("（三）不予公开"), "group rows of table 三");
        assertTrue(pdf.text().contains("结果维持"), "table 四 header");
        assertTrue(pdf.text().contains("缺"), "missing cell shown");
        assertTrue(pdf.text().contains("空"), "blank cell shown");
    }

    /**
     * Real reports with up to a dozen findings: the signature (office and date, right-aligned) is never the only
     * thing on its page — the last finding goes over with it. Before, 48 of 129 corpus letters had it alone.
     */
    @Test
    void signatureNeverStandsAloneOnAPage() throws Exception {
        Auditor auditor = Auditor.fromRules(Path.of("rules"));
        LocalDate date = LocalDate.of(2024, 3, 1);
        String dateLine = "2024年3月1日";
        List<Path> files;
        try (var s = Files.list(Fixtures.REAL_OPENINGS_2)) {
            files = s.sorted().limit(40).toList();
        }
        int checked = 0;
        for (Path f : files) {
            byte[] bytes = pdf.render(auditor.audit(f), date);
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    List<String> lines = stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty())
                            .toList();
                    int at = lines.indexOf(dateLine);
                    if (at < 0) continue;
                    checked++;
                    // above the office line there must be something: a finding, the letter, a heading
                    assertTrue(at >= 2, f.getFileName() + ": the signature alone at the top of page " + page + ": "
                            + lines);
                }
            }
        }
        assertEquals(files.size(), checked, "every letter signed once");
    }

    @Test
    void unreadableReportStillRenders() throws Exception {
        PdfChecks pdf = PdfChecks.of(ReportPdfTest.pdf.render(Samples.unreadable("bad/empty.txt"), LocalDate.of(2024, 3, 1)));
        assertTrue(pdf.text().contains("INPUT_UNREADABLE"));
        assertTrue(pdf.text().contains("empty.txt"));
        assertFalse(pdf.text().contains("bad/empty.txt"), "the letter names the file, not the clerk's folders");
        assertTrue(pdf.text().contains("报告中未找到此表"));
        // no agency and no year: the wording stays grammatical
        assertEquals("关于《政府信息公开工作年度报告》的审查意见", pdf.title());
        // PDFBox sometimes reads a gap between two glyphs as a space; poppler does not
        assertTrue(pdf.text().replace(" ", "").contains("报送单位："), "salutation for an unnamed agency");
        assertFalse(pdf.text().replace(" ", "").contains("的年政府"), "no empty year");
    }

    /**
     * The main font is trimmed to GB 2312; a character it lacks (喆, 堃 in a name; 䶮 of Extension A; 𠀾 not even in
     * the full font) is drawn in the full font, in the text, in the appendix grid and in the bookmarks: extractable,
     * embedded, never lost. A report without such characters embeds the trimmed font only.
     */
    @Test
    void charactersBeyondTheTrimmedFontComeFromTheFullFont() throws Exception {
        String agency = "喆堃市䶮龑区人民政府办公室";
        for (char c : "喆堃䶮".toCharArray()) {
            assertFalse(PdfFonts.get().regular().charExists(c), c + " is outside the trimmed main font");
        }
        Audit named = new Audit(Samples.report(agency, 2023), Samples.findings(), "a1b2c3d4", 1);
        PdfChecks rare = PdfChecks.of(pdf.render(named, LocalDate.of(2024, 3, 1)));
        assertTrue(rare.text().contains(agency), "rare characters extractable: " + rare.text().substring(0, 200));
        assertTrue(rare.embedded().stream().allMatch(e -> e), rare.fonts().toString());
        assertEquals(2, rare.fonts().stream().distinct().count(), "main and fallback font: " + rare.fonts());

        PdfChecks common = PdfChecks.of(pdf.render(Samples.audit(), LocalDate.of(2024, 3, 1)));
        assertEquals(1, common.fonts().stream().distinct().count(), "trimmed font only: " + common.fonts());
        assertTrue(common.fonts().get(0).contains("NotoSansSC"), common.fonts().toString());
    }

    @Test
    void runsSplitWhereTheFontChangesAndWidthsAddUp() {
        PdfFonts fonts = PdfFonts.get();
        List<PdfFonts.Run> runs = fonts.runs("市喆堃区𠀾");
        assertEquals(List.of("市", "喆堃", "区𠀾"), runs.stream().map(PdfFonts.Run::text).toList(),
                "a character neither font has stays in the main font");
        assertEquals(fonts.regular(), runs.get(0).font());
        assertFalse(fonts.regular() == runs.get(1).font());
        float sum = 0;
        for (PdfFonts.Run r : runs) sum += r.font().getWidthPoint(r.text(), 10);
        assertEquals(sum, fonts.width("市喆堃区𠀾", 10), 0.001);
        assertTrue(fonts.width("喆", 10) > 5, "fallback width is the full font's, not zero");
    }

    /** GB/T 15834 line breaking: across many line widths, no extracted line begins with a closing mark. */
    @Test
    void noLineStartsWithClosingPunctuation() throws Exception {
        String base = "经审查，报告第三部分“收到和处理政府信息公开申请情况”中，表三（七）总计与各项之和不一致；"
                + "请核实：本年新收申请、上年结转申请、办结和结转下年度的件数。！？”』》】";
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = "一二三四五六七八九十".substring(0, i % 10) + "甲".repeat(i / 10) + base;
            findings.add(new Finding("NARRATIVE_SUM", Severity.WARNING, 1 + i % 6, null, null, null, i + 1, null,
                    null, text, text, text, text));
        }
        Audit audit = new Audit(Samples.report(Samples.AGENCY, 2023), findings, "v1", 1);
        PdfChecks pdf = PdfChecks.of(ReportPdfTest.pdf.render(audit, LocalDate.of(2024, 3, 1)));
        int checked = 0;
        for (String line : pdf.lines()) {
            // PDFBox puts cells of one table row on one line; the evidence and advice column begins after the label
            assertFalse(ChineseLineBreak.NO_START.indexOf(line.charAt(0)) >= 0, "line starts with a closing mark: " + line);
            checked++;
        }
        assertTrue(checked > 200, "enough lines checked: " + checked);
    }

    /**
     * A finding quoting a whole section (longer than a page) and thirty findings after it: every sentence of the quote
     * and every finding is in the letter, in order, once, and the letter is signed once after the last.
     */
    @Test
    void longQuotesAndManyFindingsLoseNothingAcrossPages() throws Exception {
        StringBuilder quote = new StringBuilder();
        for (int i = 1; i <= 300; i++) quote.append("本机关第").append(i).append("项主动公开工作按期完成。");
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("NARRATIVE_SUM", Severity.WARNING, 2, null, null, null, 12, null, null,
                quote.toString(), "引文过长的问题", "依据", "整改"));
        for (int i = 1; i <= 30; i++) {
            findings.add(new Finding("TABLE_SUM", Severity.ERROR, 3, "T3", null, null, 100 + i, i, i + 1, null,
                    "第" + i + "条问题的说明", "依据", "整改"));
        }
        Audit audit = new Audit(Samples.report(Samples.AGENCY, 2023), findings, "v1", 1);
        PdfChecks pdf = PdfChecks.of(ReportPdfTest.pdf.render(audit, LocalDate.of(2024, 3, 1)));
        String text = pdf.body();
        int at = 0;
        for (int i = 1; i <= 300; i++) {
            int next = text.indexOf("本机关第" + i + "项主动公开工作按期完成。", at);
            assertTrue(next >= at, "sentence " + i + " of the quote, in order");
            at = next;
        }
        for (int i = 1; i <= 30; i++) {
            int next = text.indexOf("第" + i + "条问题的说明", at);
            assertTrue(next > at, "finding " + i + " after the one before");
            assertEquals(next, text.lastIndexOf("第" + i + "条问题的说明"), "finding " + i + " once");
            at = next;
        }
        int signed = text.indexOf("2024年3月1日", at);
        assertTrue(signed > at, "signed after the last finding");
        assertEquals(signed, text.lastIndexOf("2024年3月1日"), "signed once");
        assertTrue(pdf.pages() >= 5, "pages: " + pdf.pages());
    }
}
