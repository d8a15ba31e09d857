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
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The batch overview: pass rate, findings by severity and by code with bar charts, one row per report worst first. */
public final class SummaryPdf implements BatchOutput {



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
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED); // as the letters: a few % larger, a third of the CPU
        PageDecorations decorations = new PageDecorations(fonts(), Templates.fill(t.footer(), vars), t.pageNumber());
        writer.setPageEvent(decorations);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        String title = Templates.fill(t.title(), vars);
        doc.addTitle(title);
        doc.addAuthor(String.valueOf(vars.get("office")));
        doc.addSubject(Templates.fill(t.intro(), vars));
        doc.addKeywords(String.join(", ", s.byCode().keySet()));
        doc.addCreator("zwgk-audit（规则版本 " + s.rulesVersion() + "）");
        // the creation date OpenPDF writes itself (a second one cost a date formatter per letter)
        doc.open();

        doc.add(PdfText.centered(String.valueOf(vars.get("office")), fonts().bold(16, Ink.RED.color())));
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
        // from here on drawn straight onto the pages as the letters are: through PdfPTable the report table, a row
        // per report, was most of the summary's time, its pages inexact past a thousand rows
        PageFlow flow = new PageFlow(doc, writer, fonts(), decorations);
        heading(flow, t.label("reports"));
        List<String> labels = Stream.of("number", "agency", "year", "verdict", "errors", "warnings", "infos")
                .map(t::label).toList();
        LongTable table = new LongTable(flow, fonts(), labels, Element.ALIGN_CENTER,
                0.7f, 4.2f, 0.9f, 1.1f, 0.8f, 0.8f, 0.8f);
        int n = 0;
        for (BatchSummary.Entry e : s.worstFirst()) {
            if (e.unreadable()) continue;
            String agency = e.agency() != null ? e.agency() : t.label("unnamedAgency");
            String file = LetterContext.fileName(e.file()) + (e.problem() != null ? "　" + e.problem() : "");
            table.row(num(Span.regular(Integer.toString(++n), 8.5f)),
                    Table.Cell.of(List.of(Span.regular(agency + "\n", 8.5f), Span.regular(file, 6.5f, Ink.GREY.color())),
                            AGENCY),
                    num(Span.regular(e.year() == null ? "—" : e.year().toString(), 8.5f)),
                    num(Span.bold(t.verdict().get(e.verdict()), 8.5f, e.passed() ? Ink.GREEN.color() : Ink.RED.color())),
                    num(Span.regular(Long.toString(e.errors()), 8.5f)),
                    num(Span.regular(Long.toString(e.warnings()), 8.5f)),
                    num(Span.regular(Long.toString(e.infos()), 8.5f)));
        }
        table.end();
        campaign(flow, vars, s);
        ruleFailures(flow, s, t);
        doc.close();
    }

    /** A report's agency, and its file (and why it could not be read in full) small below it. */
    private static final Table.Style AGENCY = new Table.Style(1, 4, 2, 2, 1.3f, false, 0);
    /** A number or a verdict: centred both ways. */
    private static final Table.Style NUMBER = new Table.Style(3, 5, 4, 4, 1.3f, true, 0);

    private static Table.Cell num(Span text) {
        return Table.Cell.of(List.of(text), NUMBER).align(Element.ALIGN_CENTER);
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
    private void campaign(PageFlow flow, Map<String, Object> vars, BatchSummary s) {
        if (!s.unreadable().isEmpty()) {
            heading(flow, t.label("unreadable"));
            for (BatchSummary.Entry e : s.unreadable()) {
                List<Finding> findings = e.findings();
                String why = findings.isEmpty() ? ""
                        : codes.name(findings.get(0).rule()) + "——" + findings.get(0).message();
                line(flow, LetterContext.fileName(e.file())
                        + (e.agency() != null ? "（" + e.agency() + "）" : "") + "：" + why);
            }
        }
        if (!s.campaign().notSubmitted().isEmpty()) {
            heading(flow, t.label("notSubmitted"));
            for (CampaignInfo.Absent a : s.campaign().notSubmitted()) {
                line(flow, a.agency() + (a.contact().isBlank() ? "" : "　" + a.contact()));
            }
        }
        if (!s.yearMismatch().isEmpty()) {
            heading(flow, Templates.fill(t.label("yearMismatch"), vars));
            for (BatchSummary.Entry e : s.yearMismatch()) {
                line(flow, e.agency() + "：" + e.year() + "（" + LetterContext.fileName(e.file()) + "）");
            }
        }
        List<BatchSummary.Entry> resubmitted = s.reports().stream().filter(e -> e.review() != null).toList();
        if (!resubmitted.isEmpty()) {
            heading(flow, t.label("resubmissions"));
            for (BatchSummary.Entry e : resubmitted) {
                line(flow, e.agency() + "：" + Templates.fill(t.workbook().get("reviewCounts"), Map.of(
                        "fixed", e.review().fixed(), "remaining", e.review().remaining(),
                        "added", e.review().added())));
            }
        }
        List<BatchSummary.Entry> accepted = s.reports().stream().filter(e -> e.listed().acceptedCount() > 0).toList();
        if (!accepted.isEmpty()) {
            heading(flow, t.label("accepted"));
            for (BatchSummary.Entry e : accepted) {
                for (AcceptedFinding a : e.accepted()) {
                    line(flow, e.agency() + "：" + codes.name(a.finding().rule()) + "——"
                            + a.explanation());
                }
            }
        }
    }

    /** Rules that failed on some report: the office must fix them, and those reports were audited without them. */
    private void ruleFailures(PageFlow flow, BatchSummary s, SummaryTemplate t) {
        List<BatchSummary.Entry> failed = s.withRuleFailures();
        if (failed.isEmpty()) return;
        heading(flow, t.label("ruleFailures") != null ? t.label("ruleFailures") : "规则执行失败");
        for (BatchSummary.Entry e : failed) {
            for (String why : e.ruleFailures()) line(flow, e.file() + "：" + why);
        }
    }

    private Image chart(PdfWriter writer, float width, Map<String, String> labels, Map<String, Long> values) {
        Image img = BarChart.draw(writer.getDirectContent(), fonts(), width, labels, values, SEVERITY_COLORS,
                new Color(0x4A, 0x6F, 0xA5));
        img.setSpacingAfter(8);
        return img;
    }

    private static void heading(PageFlow flow, String text) {
        // the heading, and two lines or a table's header and first row under it, on one page
        flow.keepRoom(8 + 18 + 4 + 2 * 13.5f);
        flow.space(8);
        flow.paragraph(List.of(Span.bold(text, 12)), 18, Element.ALIGN_LEFT, 0, text);
        flow.space(4);
    }

    /** A line of the follow-up lists, 9 points. */
    private static void line(PageFlow flow, String text) {
        flow.paragraph(List.of(Span.regular(text, 9)), 13.5f, Element.ALIGN_LEFT, 0, null);
    }

    private void heading(Document doc, String text) {
        Paragraph p = PdfText.heading(text, fonts().bold(12));
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private PdfPCell head(String text) {
        PdfPCell c = PdfText.cell(text, fonts().bold(9));
        c.setBackgroundColor(Ink.LIGHT.color());
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    /** Loaded at the first document, not when the output is set up: a run without PDFs never reads the font. */
    private static PdfFonts fonts() {
        return PdfFonts.get();
    }
}
