package cn.zwgk.audit.render;

import cn.zwgk.audit.engine.Codes;
import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;

/**
 * The findings PDF an office sends to an agency as it is: heading, covering letter, verdict, findings grouped by
 * section, signature, and an appendix with tables 三 and 四 as parsed. Thread-safe: one instance serves a whole batch.
 */
public final class ReportPdf implements ReportOutput {

    private static final Color RED = Ink.RED.color();
    private static final Color GREY = Ink.GREY.color();

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
        PageDecorations decorations = new PageDecorations(fonts(), Templates.fill(t.footer(), vars), t.pageNumber());
        writer.setPageEvent(decorations);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.setCloseStream(false);
        writer.setFullCompression();
        // the pages' text deflated fast: the default level costs a tenth of a letter's CPU for under 1% of its size
        writer.setCompressionLevel(Deflater.BEST_SPEED);
        String title = view.title();
        doc.addTitle(title.replace("\n", ""));
        doc.addAuthor(String.valueOf(vars.get("office")));
        doc.addSubject(Templates.fill(t.label("verdict"), vars) + "：" + vars.get("verdict"));
        doc.addKeywords(audit.findings().stream().map(Finding::rule).distinct().collect(Collectors.joining(", ")));
        doc.addCreator("zwgk-audit（规则版本 " + audit.rulesVersion() + "）");
        // the creation date OpenPDF writes itself (a second one cost a date formatter per letter)
        doc.open();
        PageFlow flow = new PageFlow(doc, writer, fonts(), decorations);

        heading(flow, audit, vars, title);
        letter(flow, audit, vars);
        verdict(flow, view);
        // the last table is laid out with the signature in it, so that the signature never stands alone on a page
        Table last = findings(flow, view);
        if (view.context().review() != null) {
            if (last != null) flow.table(last, true, 0, FINDING_GAP);
            last = review(flow, view);
        }
        if (last != null) {
            signature(last, vars);
            flow.table(last, true, 0, 0);
        } else {
            signature(flow, vars);
        }
        new AppendixTables(t, fonts()).add(flow, view);
        doc.close();
    }

    /** Space after each finding's table. */
    private static final float FINDING_GAP = 8;
    /** Label and value columns of the information and verdict tables, and of the findings and review. */
    private static final float[] INFO = {1.2f, 4.8f};
    private static final float[] FINDING = {1.1f, 4.9f};

    private void heading(PageFlow flow, Audit audit, Map<String, Object> vars, String title) {
        flow.paragraph(List.of(Span.bold(String.valueOf(vars.get("office")), 18, RED)), 27, Element.ALIGN_CENTER, 0,
                null);
        flow.rule(6, 1.5f, RED);
        flow.space(14);
        String number = Templates.fill(t.docNumberLine(), vars);
        if (!number.isBlank()) {
            flow.paragraph(List.of(Span.regular(number, 11)), 16.5f, Element.ALIGN_CENTER, 0, null);
            flow.space(8);
        }
        flow.paragraph(List.of(Span.bold(title, 15)), 22.5f, Element.ALIGN_CENTER, 0, null);
        flow.space(12);

        Report r = audit.report();
        Table info = new Table(Table.spread(flow.width(), INFO), 0);
        String agency = String.valueOf(vars.get("agency"));
        infoRow(info, t.label("agency"), agency.isBlank() ? "—" : agency);
        infoRow(info, t.label("year"), r.year() != null ? r.year().toString() : "—");
        infoRow(info, t.label("file"), String.valueOf(vars.get("file")));
        infoRow(info, t.label("date"), String.valueOf(vars.get("date")));
        infoRow(info, t.label("rulesVersion"), audit.rulesVersion());
        String compared = String.valueOf(vars.getOrDefault("compared", ""));
        if (!compared.isEmpty()) infoRow(info, t.label("compared"), compared);
        flow.table(info, false, 0, 12);
    }

    /** The cells of the letter's tables, as PdfPCell set them: padding 3 above, 5 below, 4 aside; lines 1.3 apart. */
    static final Table.Style CELL = new Table.Style(3, 5, 4, 4, 1.3f, false, 0);

    private static Table.Cell cell(Span text) {
        return Table.Cell.of(List.of(text), CELL);
    }

    private void infoRow(Table table, String label, String value) {
        table.row(cell(Span.bold(label, 9.5f, GREY)).fill(Ink.LIGHT.color()), cell(Span.regular(value, 9.5f)));
    }

    private void letter(PageFlow flow, Audit audit, Map<String, Object> vars) {
        flow.paragraph(Span.regular(Templates.fill(t.salutation(), vars), 11), 16.5f);
        flow.space(4);
        String letter = Templates.fill("fail".equals(audit.verdict()) ? t.letterFail() : t.letterPass(), vars);
        for (String para : letter.split("\n")) {
            if (para.isBlank()) continue;
            flow.paragraph(List.of(Span.regular(para.strip(), 11)), 16.5f, Element.ALIGN_LEFT, 22, null);
            flow.space(4);
        }
    }

    private void verdict(PageFlow flow, AuditView view) {
        Map<String, Object> vars = view.vars();
        boolean pass = view.passed();
        Table box = new Table(Table.spread(flow.width(), INFO), 0);
        Table.Cell label = cell(Span.bold(t.label("verdict"), 12)).fill(Ink.LIGHT.color())
                .style(new Table.Style(3, 5, 4, 4, 1.3f, true, 0));
        Table.Cell value = Table.Cell.of(List.of(Span.bold(String.valueOf(vars.get("verdict")), 14, pass ? Ink.GREEN.color() : RED),
                Span.regular("　　" + Templates.fill(t.label("counts"), vars), 10.5f)),
                new Table.Style(6, 6, 6, 6, 1, false, 0));
        flow.table(box.row(label, value), false, 10, 6);
    }

    /**
     * Findings grouped by section (0: title, period and other whole-report matters), each group a bookmark. The last
     * finding's table is returned, not drawn (null when there are none).
     */
    private Table findings(PageFlow flow, AuditView view) {
        if (view.groups().isEmpty()) {
            Table none = new Table(Table.spread(flow.width(), FINDING), 0);
            headingRow(none, Span.bold(t.label("findings"), 14), PART, null);
            none.row(Table.Cell.of(List.of(Span.regular(t.label("noFindings"), 11)), LINE).span(2).border(null, 0));
            flow.table(none, true, 0, 0);
            return null;
        }
        Table pending = null;
        for (AuditView.Group g : view.groups()) {
            boolean first = true;
            for (AuditView.Item item : g.findings()) {
                // the headings ride in their first finding's table, so that none stays behind at a page foot
                Table table = new Table(Table.spread(flow.width(), FINDING), 0);
                if (pending == null) headingRow(table, Span.bold(t.label("findings"), 14), PART, null);
                else flow.table(pending, true, 0, FINDING_GAP);
                if (first) headingRow(table, Span.bold(g.title(), 12), GROUP, g.title());
                pending = finding(table, item);
                first = false;
            }
        }
        return pending;
    }

    /** A line of text drawn as a paragraph would be (lines 1.5 times the size apart, no space around). */
    static final Table.Style LINE = new Table.Style(0, 0, 0, 0, 1.5f, false, 0);
    /** A part's heading drawn as a paragraph would be (10 points above, a 21-point line, 4 below). */
    private static final Table.Style PART = new Table.Style(10, 4, 0, 0, 1.5f, false, 0);
    /** The resubmission's heading, as the paragraph it was: 10 points above, a 16-point line, 4 below. */
    private static final Table.Style REVIEW = new Table.Style(10, 4, 0, 0, 16f / 12, false, 0);
    /** A group's heading: no border, 8 points above and below. */
    private static final Table.Style GROUP = new Table.Style(8, 8, 0, 2, 1, false, 0);

    /** A borderless heading row across the table; {@code bookmark} null for none. */
    private static void headingRow(Table table, Span title, Table.Style style, String bookmark) {
        table.row(Table.Cell.of(List.of(title), style).span(2).border(null, 0).bookmark(bookmark));
    }

    /** A finding's first row: its number, severity, name, code and message. */
    private static final Table.Style HEAD = new Table.Style(5, 7, 5, 5, 1.35f, false, 0);

    /** A finding's rows, added to {@code table}, which is returned. */
    private Table finding(Table table, AuditView.Item item) {
        Finding f = item.finding();
        Color color = Ink.of(f.severity()).color();
        List<Span> head = List.of(
                Span.bold(item.number() + ".　", 10.5f),
                Span.bold("【" + item.severity() + "】", 10.5f, color),
                Span.bold(" " + item.name(), 10.5f),
                // the code stays, small, for whoever matches the letter with the JSON or a spreadsheet
                Span.regular(" " + f.rule() + "　", 7, GREY),
                Span.regular(nz(f.message()), 10.5f));
        table.row(Table.Cell.of(head, HEAD).span(2).fill(Ink.LIGHT.color()));
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
     * A resubmission: what the agency fixed since its previous audit, what remains, what is new. Drawn after the
     * findings: only its heading is drawn here, its table returned (null for a first submission).
     */
    private Table review(PageFlow flow, AuditView view) {
        Resubmission r = view.context().review();
        if (r == null) return null;
        Table table = new Table(Table.spread(flow.width(), FINDING), 0);
        // the heading rides in the table, so that it never stays behind at a page foot
        String title = view.fill(t.review().get("title"));
        headingRow(table, Span.bold(title, 12), REVIEW, title);
        reviewRow(table, t.review().get("fixed"), r.fixed(), view, Ink.GREEN.color());
        reviewRow(table, t.review().get("remaining"), r.remaining(), view, RED);
        reviewRow(table, t.review().get("added"), r.added(), view, RED);
        return table;
    }

    private void reviewRow(Table table, String label, List<Finding> findings, AuditView view, Color c) {
        String text = findings.isEmpty() ? t.review().get("none")
                : findings.stream().map(view::brief).collect(Collectors.joining("\n"));
        table.row(cell(Span.bold(label + "（" + findings.size() + "）", 9.5f, findings.isEmpty() ? GREY : c)),
                cell(Span.regular(text, 9.5f)));
    }

    private void row(Table table, String label, String value) {
        if (value == null || value.isBlank()) return;
        table.row(cell(Span.regular(label, 9.5f, GREY)), cell(Span.regular(value, 10)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The signature's lines, right-aligned 1.5 lines apart. */
    private static final Table.Style SIGNATURE = new Table.Style(0, 0, 0, 0, 1.5f, false, 0);

    /** The signature as the last rows of {@code table}, kept on one page with it. */
    private void signature(Table table, Map<String, Object> vars) {
        boolean first = true;
        for (String line : t.signature()) {
            // the first keeps the gap the signature keeps from the text above it when it stands on its own
            Table.Style style = first ? new Table.Style(16 + 11 * 1.5f + 8, 0, 0, 0, 1.5f, false, 0) : SIGNATURE;
            table.row(Table.Cell.of(List.of(Span.regular(Templates.fill(line, vars), 11)), style)
                    .span(table.columns()).border(null, 0).align(Element.ALIGN_RIGHT));
            first = false;
        }
    }

    private void signature(PageFlow flow, Map<String, Object> vars) {
        flow.space(16);
        flow.paragraph(Span.regular(" ", 11), 16.5f);
        for (String line : t.signature()) {
            flow.paragraph(List.of(Span.regular(Templates.fill(line, vars), 11)), 16.5f, Element.ALIGN_RIGHT, 0, null);
        }
    }

    /** Loaded at the first document, not when the output is set up: a run without PDFs never reads the font. */
    private static PdfFonts fonts() {
        return PdfFonts.get();
    }
}
