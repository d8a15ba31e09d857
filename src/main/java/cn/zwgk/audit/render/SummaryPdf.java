package cn.zwgk.audit.render;

import cn.zwgk.audit.engine.Codes;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Severity;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import cn.zwgk.audit.engine.Codes;
import java.io.OutputStream;
import cn.zwgk.audit.engine.Codes;
import java.util.HashMap;
import cn.zwgk.audit.engine.Codes;
import java.util.LinkedHashMap;
import cn.zwgk.audit.engine.Codes;
import java.util.List;
import cn.zwgk.audit.engine.Codes;
import java.util.Map;

/** The batch overview: pass rate, findings by severity and by code with bar charts, one row per report worst first. */
public final class SummaryPdf implements BatchOutput {

    /** Rows of a long table laid out and let go at a time (OpenPDF's large-table mode): a batch of fewer rows gets the
     * table exactly as before; at each later thousand a row may start the next page where it would have fit (~7 MB a
     * thousand rows held, against 130–150 MB for the 20,000 rows of a 20,000-report batch). */
    static final int ROWS_AT_A_TIME = 1000;


    private static final Map<String, Color> SEVERITY_COLORS = Map.of(
            "error", new Color(0xC0, 0x39, 0x2B), "warning", new Color(0xE6, 0x9A, 0x1E),
            "info", new Color(0x3C, 0x6E, 0xB4));

    private final SummaryTemplate t;
    private final ReportTemplate shared;
    private final Codes codes;

    /** The summary's wording, with the date format and severity names it shares with the report. */
    public SummaryPdf(Templates templates, Codes codes) {
        this.codes = codes;
        this.t = templates.summary();
        this.shared = templates.report();
    }

    @Override
    public String fileName() {
        return "summary.pdf";
    }

    @Override
    public void write(BatchSummary s, OutputStream out) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("date", shared.date(s.date()));
        vars.put("rulesVersion", s.rulesVersion());
        vars.put("total", s.reports().size());
        vars.put("passed", s.passed());
        vars.put("failed", s.failed());
        vars.put("passRate", s.passRate());
        vars.put("audited", s.audited().size());
        vars.put("unreadable", s.unreadable().size());
        vars.put("runs", s.campaign().runs());
        vars.put("expectedYear", s.campaign().expectedYear() == null ? "" : s.campaign().expectedYear());
        String office = s.campaign().office().getOrDefault("office", "");
        vars.put("office", Templates.fill(office.isBlank() ? t.office() : office, vars));

        Document doc = new Document(PageSize.A4, 50, 50, 50, 64);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageDecorations(fonts(), Templates.fill(t.footer(), vars), t.pageNumber()));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        String title = Templates.fill(t.title(), vars);
        doc.addTitle(title);
        doc.addAuthor(String.valueOf(vars.get("office")));
        doc.addSubject(Templates.fill(t.intro(), vars));
        doc.addKeywords(String.join(", ", s.byCode().keySet()));
        doc.addCreator("zwgk-audit（规则版本 " + s.rulesVersion() + "）");
        // the creation date OpenPDF writes itself (a second one cost a date formatter per letter)
        doc.open();

        doc.add(PdfText.centered(String.valueOf(vars.get("office")), fonts().bold(16, ReportPdf.RED)));
        Paragraph h = PdfText.centered(title, fonts().bold(15));
        h.setSpacingBefore(6);
        h.setSpacingAfter(10);
        doc.add(h);

        heading(doc, t.label("overview"));
        Paragraph intro = PdfText.paragraph(Templates.fill(t.intro(), vars), fonts().regular(10.5f));
        intro.setFirstLineIndent(21);
        intro.setSpacingAfter(6);
        doc.add(intro);
        PdfPTable numbers = new PdfPTable(4);
        numbers.setWidthPercentage(100);
        numbers.setSpacingAfter(8);
        for (String k : new String[]{"total", "passed", "failed", "passRate"}) numbers.addCell(head(t.label(k)));
        for (Object v : new Object[]{s.audited().size(), s.passed(), s.failed(), s.passRate()}) {
            PdfPCell c = PdfText.cell(String.valueOf(v), fonts().bold(14));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            numbers.addCell(c);
        }
        doc.add(numbers);
        compared(doc, s);

        heading(doc, t.label("bySeverity"));
        Map<String, String> sevLabels = new LinkedHashMap<>();
        for (Severity sev : Severity.values()) sevLabels.put(sev.code(), shared.severity().get(sev.code()));
        float width = doc.right() - doc.left();
        doc.add(chart(writer, width, sevLabels, s.bySeverity()));

        heading(doc, t.label("byCode"));
        if (s.byCode().isEmpty()) {
            doc.add(PdfText.paragraph(t.label("noFindings"), fonts().regular(10.5f)));
        } else {
            Map<String, String> names = new LinkedHashMap<>();
            for (String code : s.byCode().keySet()) names.put(code, codes.name(code));
            doc.add(chart(writer, width, names, s.byCode()));
        }

        doc.newPage();
        heading(doc, t.label("reports"));
        PdfPTable table = new PdfPTable(new float[]{0.7f, 4.2f, 0.9f, 1.1f, 0.8f, 0.8f, 0.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        // one row per report: written out as it grows, so that memory does not grow with the batch
        table.setComplete(false);
        for (String k : new String[]{"number", "agency", "year", "verdict", "errors", "warnings", "infos"}) {
            table.addCell(head(t.label(k)));
        }
        int n = 0;
        Font f = fonts().regular(8.5f);
        for (BatchSummary.Entry e : s.worstFirst()) {
            if (e.unreadable()) continue;
            table.addCell(num(Integer.toString(++n), f));
            String agency = e.agency() != null ? e.agency() : t.label("unnamedAgency");
            PdfPCell a = new PdfPCell();
            a.addElement(PdfText.paragraph(agency, f));
            Paragraph file = PdfText.paragraph(LetterContext.fileName(e.file()) + (e.problem() != null ? "　" + e.problem() : ""),
                    fonts().regular(6.5f, ReportPdf.GREY));
            file.setLeading(8.5f);
            a.addElement(file);
            a.setPaddingTop(0);
            a.setPaddingBottom(4);
            a.setBorderColor(new Color(0x99, 0x99, 0x99));
            a.setBorderWidth(0.5f);
            table.addCell(a);
            table.addCell(num(e.year() == null ? "—" : e.year().toString(), f));
            table.addCell(num(t.verdict().get(e.verdict()), fonts().bold(8.5f, e.passed() ? ReportPdf.GREEN : ReportPdf.RED)));
            table.addCell(num(Long.toString(e.errors()), f));
            table.addCell(num(Long.toString(e.warnings()), f));
            table.addCell(num(Long.toString(e.infos()), f));
            if (n % ROWS_AT_A_TIME == 0) doc.add(table);
        }
        table.setComplete(true);
        doc.add(table);
        campaign(doc, vars, s);
        ruleFailures(doc, s, t);
        doc.close();
    }

    /** What the batch was compared with: last year's reports (and those that found none), one another. */
    private void compared(Document doc, BatchSummary s) {
        boolean previous = s.reports().stream().anyMatch(e -> e.comparison().previous() != null
                || e.comparison().unmatched() != null);
        if (!previous && s.peersCompared() == 0) return;
        heading(doc, t.label("compared"));
        Font f = fonts().regular(10.5f);
        if (previous) {
            doc.add(PdfText.paragraph(Templates.fill(t.compared().get("previous"), Map.of("matched",
                    s.withPrevious().size(), "unmatched", s.unmatched().size())), f));
            Font small = fonts().regular(9);
            for (BatchSummary.Entry e : s.unmatched()) {
                doc.add(PdfText.paragraph(Templates.fill(t.compared().get("unmatched"), Map.of("file",
                        LetterContext.fileName(e.file()), "reason", e.comparison().unmatched())), small));
            }
        }
        if (s.peersCompared() > 0) {
            doc.add(PdfText.paragraph(Templates.fill(t.compared().get("peers"), Map.of("peers", s.peersCompared())), f));
        }
    }

    /** What the clerk follows up: unreadable files, agencies that did not submit, wrong years, resubmissions. */
    private void campaign(Document doc, Map<String, Object> vars, BatchSummary s) {
        Font f = fonts().regular(9);
        if (!s.unreadable().isEmpty()) {
            heading(doc, t.label("unreadable"));
            for (BatchSummary.Entry e : s.unreadable()) {
                List<Finding> findings = e.findings();
                String why = findings.isEmpty() ? ""
                        : codes.name(findings.get(0).rule()) + "——" + findings.get(0).message();
                doc.add(PdfText.paragraph(LetterContext.fileName(e.file())
                        + (e.agency() != null ? "（" + e.agency() + "）" : "") + "：" + why, f));
            }
        }
        if (!s.campaign().notSubmitted().isEmpty()) {
            heading(doc, t.label("notSubmitted"));
            for (CampaignInfo.Absent a : s.campaign().notSubmitted()) {
                doc.add(PdfText.paragraph(a.agency() + (a.contact().isBlank() ? "" : "　" + a.contact()), f));
            }
        }
        if (!s.yearMismatch().isEmpty()) {
            heading(doc, Templates.fill(t.label("yearMismatch"), vars));
            for (BatchSummary.Entry e : s.yearMismatch()) {
                doc.add(PdfText.paragraph(e.agency() + "：" + e.year() + "（" + LetterContext.fileName(e.file()) + "）", f));
            }
        }
        List<BatchSummary.Entry> resubmitted = s.reports().stream().filter(e -> e.review() != null).toList();
        if (!resubmitted.isEmpty()) {
            heading(doc, t.label("resubmissions"));
            for (BatchSummary.Entry e : resubmitted) {
                doc.add(PdfText.paragraph(e.agency() + "：" + Templates.fill(t.workbook().get("reviewCounts"), Map.of(
                        "fixed", e.review().fixed(), "remaining", e.review().remaining(),
                        "added", e.review().added())), f));
            }
        }
        List<BatchSummary.Entry> accepted = s.reports().stream().filter(e -> e.listed().acceptedCount() > 0).toList();
        if (!accepted.isEmpty()) {
            heading(doc, t.label("accepted"));
            for (BatchSummary.Entry e : accepted) {
                for (AcceptedFinding a : e.accepted()) {
                    doc.add(PdfText.paragraph(e.agency() + "：" + codes.name(a.finding().rule()) + "——"
                            + a.explanation(), f));
                }
            }
        }
    }

    /** Rules that failed on some report: the office must fix them, and those reports were audited without them. */
    private void ruleFailures(Document doc, BatchSummary s, SummaryTemplate t) {
        List<BatchSummary.Entry> failed = s.withRuleFailures();
        if (failed.isEmpty()) return;
        heading(doc, t.label("ruleFailures") != null ? t.label("ruleFailures") : "规则执行失败");
        Font f = fonts().regular(9);
        for (BatchSummary.Entry e : failed) {
            for (String why : e.ruleFailures()) doc.add(PdfText.paragraph(e.file() + "：" + why, f));
        }
    }

    private Image chart(PdfWriter writer, float width, Map<String, String> labels, Map<String, Long> values) {
        Image img = BarChart.draw(writer.getDirectContent(), fonts(), width, labels, values, SEVERITY_COLORS,
                new Color(0x4A, 0x6F, 0xA5));
        img.setSpacingAfter(8);
        return img;
    }

    private void heading(Document doc, String text) {
        Paragraph p = PdfText.heading(text, fonts().bold(12));
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private PdfPCell head(String text) {
        PdfPCell c = PdfText.cell(text, fonts().bold(9));
        c.setBackgroundColor(ReportPdf.LIGHT);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    private PdfPCell num(String text, Font f) {
        PdfPCell c = PdfText.cell(text, f);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    /** Loaded at the first document, not when the output is set up: a run without PDFs never reads the font. */
    private static PdfFonts fonts() {
        return PdfFonts.get();
    }
}
