package cn.zwgk.audit.render;

import cn.zwgk.audit.engine.Codes;
import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Severity;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import cn.zwgk.audit.engine.Codes;
import java.io.ByteArrayOutputStream;
import cn.zwgk.audit.engine.Codes;
import java.io.OutputStream;
import cn.zwgk.audit.engine.Codes;
import java.time.LocalDate;
import cn.zwgk.audit.engine.Codes;
import java.util.Map;
import cn.zwgk.audit.engine.Codes;
import java.util.stream.Collectors;

/**
 * The findings PDF an office sends to an agency as it is: heading, covering letter, verdict, findings grouped by
 * section, signature, and an appendix with tables 三 and 四 as parsed. Thread-safe: one instance serves a whole batch.
 */
public final class ReportPdf implements ReportOutput {

    static final Color RED = new Color(0xB0, 0x1E, 0x1E);
    static final Color GREEN = new Color(0x1E, 0x7B, 0x34);
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    static final Color LIGHT = new Color(0xF2, 0xF2, 0xF2);
    private static final Map<Severity, Color> SEVERITY_COLOR = Map.of(
            Severity.ERROR, RED, Severity.WARNING, new Color(0xB3, 0x6B, 0x00), Severity.INFO, new Color(0x2F, 0x5F, 0x9E));

    private final ReportTemplate t;
    private final TableRegistry tables;
    private final Codes codes;

    public ReportPdf(ReportTemplate template, TableRegistry tables, Codes codes) {
        this.codes = codes;
        this.t = template;
        this.tables = tables;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    public byte[] render(Audit audit, LocalDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        write(AuditView.of(audit, LetterContext.plain(audit.report()), t, tables, date, codes::name), out);
        return out.toByteArray();
    }

    @Override
    public void write(AuditView view, OutputStream out) {
        Audit audit = view.audit();
        Map<String, Object> vars = view.vars();
        Document doc = new Document(PageSize.A4, 62, 62, 56, 64);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PageDecorations(fonts(), Templates.fill(t.footer(), vars), t.pageNumber()));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.setCloseStream(false);
        String title = view.title();
        doc.addTitle(title.replace("\n", ""));
        doc.addAuthor(String.valueOf(vars.get("office")));
        doc.addSubject(Templates.fill(t.label("verdict"), vars) + "：" + vars.get("verdict"));
        doc.addKeywords(audit.findings().stream().map(Finding::rule).distinct().collect(Collectors.joining(", ")));
        doc.addCreator("zwgk-audit（规则版本 " + audit.rulesVersion() + "）");
        doc.addCreationDate();
        doc.open();

        heading(doc, audit, vars, title);
        letter(doc, audit, vars);
        verdict(doc, view);
        // the last table is added with the signature in it, so that the signature never stands alone on a page
        PdfPTable last = findings(doc, view);
        if (view.context().review() != null) {
            if (last != null) doc.add(last);
            last = review(doc, view);
        }
        if (last != null) {
            signature(last, vars);
            doc.add(last);
        } else {
            signature(doc, vars);
        }
        new AppendixTables(t, fonts()).add(doc, writer, view);
        doc.close();
    }

    private void heading(Document doc, Audit audit, Map<String, Object> vars, String title) {
        Paragraph office = PdfText.centered(String.valueOf(vars.get("office")), fonts().bold(18, RED));
        doc.add(office);
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(100);
        PdfPCell line = new PdfPCell(PdfText.phrase("", fonts().regular(4)));
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderColorBottom(RED);
        line.setBorderWidthBottom(1.5f);
        line.setFixedHeight(6);
        rule.addCell(line);
        rule.setSpacingAfter(14);
        doc.add(rule);
        String number = Templates.fill(t.docNumberLine(), vars);
        if (!number.isBlank()) {
            Paragraph n = PdfText.centered(number, fonts().regular(11));
            n.setSpacingAfter(8);
            doc.add(n);
        }

        Paragraph p = PdfText.centered(title, fonts().bold(15));
        p.setSpacingAfter(12);
        doc.add(p);

        Report r = audit.report();
        PdfPTable info = new PdfPTable(new float[]{1.2f, 4.8f});
        info.setWidthPercentage(100);
        info.setSpacingAfter(12);
        String agency = String.valueOf(vars.get("agency"));
        infoRow(info, t.label("agency"), agency.isBlank() ? "—" : agency);
        infoRow(info, t.label("year"), r.year() != null ? r.year().toString() : "—");
        infoRow(info, t.label("file"), String.valueOf(vars.get("file")));
        infoRow(info, t.label("date"), String.valueOf(vars.get("date")));
        infoRow(info, t.label("rulesVersion"), audit.rulesVersion());
        String compared = String.valueOf(vars.getOrDefault("compared", ""));
        if (!compared.isEmpty()) infoRow(info, t.label("compared"), compared);
        doc.add(info);
    }

    private void infoRow(PdfPTable table, String label, String value) {
        PdfPCell l = PdfText.cell(label, fonts().bold(9.5f, GREY));
        l.setBackgroundColor(LIGHT);
        table.addCell(l);
        table.addCell(PdfText.cell(value, fonts().regular(9.5f)));
    }

    private void letter(Document doc, Audit audit, Map<String, Object> vars) {
        Font f = fonts().regular(11);
        Paragraph salutation = PdfText.paragraph(Templates.fill(t.salutation(), vars), f);
        salutation.setSpacingAfter(4);
        doc.add(salutation);
        String letter = Templates.fill("fail".equals(audit.verdict()) ? t.letterFail() : t.letterPass(), vars);
        for (String para : letter.split("\n")) {
            if (para.isBlank()) continue;
            Paragraph p = PdfText.paragraph(para.strip(), f);
            p.setFirstLineIndent(22);
            p.setSpacingAfter(4);
            doc.add(p);
        }
    }

    private void verdict(Document doc, AuditView view) {
        Map<String, Object> vars = view.vars();
        boolean pass = view.passed();
        PdfPTable box = new PdfPTable(new float[]{1.2f, 4.8f});
        box.setWidthPercentage(100);
        box.setSpacingBefore(10);
        box.setSpacingAfter(6);
        PdfPCell l = PdfText.cell(t.label("verdict"), fonts().bold(12));
        l.setBackgroundColor(LIGHT);
        l.setVerticalAlignment(Element.ALIGN_MIDDLE);
        box.addCell(l);
        Phrase ph = new Phrase();
        ph.setFont(fonts().regular(10.5f));
        PdfText.add(ph, String.valueOf(vars.get("verdict")), fonts().bold(14, pass ? GREEN : RED));
        PdfText.add(ph, "　　" + Templates.fill(t.label("counts"), vars), fonts().regular(10.5f));
        PdfPCell v = new PdfPCell(ph);
        v.setPadding(6);
        v.setBorderColor(new Color(0x99, 0x99, 0x99));
        v.setBorderWidth(0.5f);
        box.addCell(v);
        doc.add(box);
    }

    /**
     * Findings grouped by section (0: title, period and other whole-report matters), each group a bookmark. The last
     * finding's table is returned, not added (null when there are none).
     */
    private PdfPTable findings(Document doc, AuditView view) {
        Paragraph h = PdfText.paragraph(t.label("findings"), fonts().bold(14));
        h.setSpacingBefore(10);
        h.setSpacingAfter(4);
        doc.add(h);
        if (view.groups().isEmpty()) {
            doc.add(PdfText.paragraph(t.label("noFindings"), fonts().regular(11)));
            return null;
        }
        PdfPTable pending = null;
        for (AuditView.Group g : view.groups()) {
            boolean first = true;
            for (AuditView.Item item : g.findings()) {
                if (pending != null) doc.add(pending);
                // the group heading rides in its first finding's table, so it never stays behind at a page foot
                pending = finding(item, first ? g.title() : null);
                first = false;
            }
        }
        return pending;
    }

    private PdfPTable finding(AuditView.Item item, String groupTitle) {
        Finding f = item.finding();
        PdfPTable table = new PdfPTable(new float[]{1.1f, 4.9f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        table.setKeepTogether(true);
        if (groupTitle != null) {
            PdfPCell gc = new PdfPCell(PdfText.bookmarked(groupTitle, fonts().bold(12)));
            gc.setColspan(2);
            gc.setBorder(Rectangle.NO_BORDER);
            gc.setPaddingTop(8);
            gc.setPaddingBottom(8);
            gc.setPaddingLeft(0);
            table.addCell(gc);
        }
        Color color = SEVERITY_COLOR.getOrDefault(f.severity(), GREY);
        Phrase head = new Phrase();
        head.setFont(fonts().regular(10.5f));
        PdfText.add(head, item.number() + ".　", fonts().bold(10.5f));
        PdfText.add(head, "【" + item.severity() + "】", fonts().bold(10.5f, color));
        PdfText.add(head, " " + item.name(), fonts().bold(10.5f));
        // the code stays, small, for whoever matches the letter with the JSON or a spreadsheet
        PdfText.add(head, " " + f.rule() + "　", fonts().regular(7, GREY));
        PdfText.add(head, nz(f.message()), fonts().regular(10.5f));
        PdfPCell hc = new PdfPCell(head);
        hc.setColspan(2);
        hc.setBackgroundColor(LIGHT);
        hc.setPadding(5);
        hc.setPaddingBottom(7);
        hc.setLeading(0, 1.35f);
        hc.setBorderColor(new Color(0x99, 0x99, 0x99));
        hc.setBorderWidth(0.5f);
        table.addCell(hc);
        row(table, t.label("location"), item.location());
        if (f.evidence() != null && !f.evidence().isBlank()) row(table, t.label("evidence"), "「" + f.evidence().strip() + "」");
        if (item.hasNumbers()) {
            row(table, item.expectedLabel() + " / " + item.actualLabel(), item.expected() + "　/　" + item.actual());
        }
        if (f.basis() != null && !f.basis().isBlank()) row(table, t.label("basis"), f.basis());
        if (f.advice() != null && !f.advice().isBlank()) row(table, t.label("advice"), f.advice());
        return table;
    }

    /**
     * A resubmission: what the agency fixed since its previous audit, what remains, what is new. Added after the
     * findings: only its heading is added here, its table returned (null for a first submission).
     */
    private PdfPTable review(Document doc, AuditView view) {
        Resubmission r = view.context().review();
        if (r == null) return null;
        Paragraph h = PdfText.heading(view.fill(t.review().get("title")), fonts().bold(12));
        h.setSpacingBefore(10);
        h.setSpacingAfter(4);
        doc.add(h);
        PdfPTable table = new PdfPTable(new float[]{1.1f, 4.9f});
        table.setWidthPercentage(100);
        reviewRow(table, t.review().get("fixed"), r.fixed(), view, GREEN);
        reviewRow(table, t.review().get("remaining"), r.remaining(), view, RED);
        reviewRow(table, t.review().get("added"), r.added(), view, RED);
        return table;
    }

    private void reviewRow(PdfPTable table, String label, java.util.List<Finding> findings, AuditView view, Color c) {
        table.addCell(PdfText.cell(label + "（" + findings.size() + "）", fonts().bold(9.5f, findings.isEmpty() ? GREY : c)));
        String text = findings.isEmpty() ? t.review().get("none")
                : findings.stream().map(view::brief).collect(Collectors.joining("\n"));
        table.addCell(PdfText.cell(text, fonts().regular(9.5f)));
    }

    private void row(PdfPTable table, String label, String value) {
        if (value == null || value.isBlank()) return;
        PdfPCell l = PdfText.cell(label, fonts().regular(9.5f, GREY));
        table.addCell(l);
        table.addCell(PdfText.cell(value, fonts().regular(10)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The signature as the last rows of {@code table}, kept on one page with it. */
    private void signature(PdfPTable table, Map<String, Object> vars) {
        table.setKeepTogether(true);
        boolean first = true;
        for (String line : t.signature()) {
            PdfPCell c = new PdfPCell(PdfText.paragraph(Templates.fill(line, vars), fonts().regular(11)));
            c.setColspan(table.getNumberOfColumns());
            c.setBorder(Rectangle.NO_BORDER);
            c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            c.setPadding(0);
            c.setLeading(0, 1.5f);
            // the gap the signature keeps from the text above it, as when it stands on its own
            if (first) c.setPaddingTop(16 + 11 * 1.5f + 8);
            first = false;
            table.addCell(c);
        }
    }

    private void signature(Document doc, Map<String, Object> vars) {
        Paragraph gap = PdfText.paragraph(" ", fonts().regular(11));
        gap.setSpacingBefore(16);
        doc.add(gap);
        for (String line : t.signature()) {
            Paragraph p = PdfText.paragraph(Templates.fill(line, vars), fonts().regular(11));
            p.setAlignment(Element.ALIGN_RIGHT);
            doc.add(p);
        }
    }

    /** Loaded at the first document, not when the output is set up: a run without PDFs never reads the font. */
    private static PdfFonts fonts() {
        return PdfFonts.get();
    }
}
