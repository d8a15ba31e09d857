package cn.zwgk.audit.render.docx;

import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.render.AppendixLook;
import cn.zwgk.audit.render.AuditView;
import cn.zwgk.audit.render.Ink;
import cn.zwgk.audit.render.ReportOutput;
import cn.zwgk.audit.render.ReportTemplate;
import cn.zwgk.audit.render.Resubmission;
import cn.zwgk.audit.render.Templates;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code NAME.docx}: the 审查意见 as an editable Word document, the same content and wording as the PDF (heading,
 * 文号, letter, verdict, findings by section, 整改复核, signature, and the appendix: tables 三 and 四 cell by cell with
 * the cells a finding names marked) for the office to adjust before sending.
 */
public final class ReportDocx implements ReportOutput {

    private final ReportTemplate t;

    public ReportDocx(ReportTemplate template) {
        this.t = template;
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void write(AuditView view, OutputStream out) throws IOException {
        Map<String, Object> vars = view.vars();
        Docx d = new Docx(view.context().office());
        d.title(String.valueOf(vars.get("office")), 20, Ink.RED.hex());
        d.rule();
        String number = Templates.fill(t.docNumberLine(), vars);
        if (!number.isBlank()) d.aligned(number, 14, Docx.Align.CENTER);
        d.title(view.title(), 20, null);
        String agency = String.valueOf(vars.get("agency"));
        List<List<String>> heading = new java.util.ArrayList<>(List.of(
                List.of(t.label("agency"), agency.isBlank() ? "—" : agency),
                List.of(t.label("year"), String.valueOf(vars.get("year")).isBlank() ? "—" : String.valueOf(vars.get("year"))),
                List.of(t.label("file"), String.valueOf(vars.get("file"))),
                List.of(t.label("date"), String.valueOf(vars.get("date"))),
                List.of(t.label("rulesVersion"), String.valueOf(vars.get("rulesVersion")))));
        String compared = String.valueOf(vars.getOrDefault("compared", ""));
        if (!compared.isEmpty()) heading.add(List.of(t.label("compared"), compared));
        d.table(List.of(), heading, 12, 1.2, 4.8);
        d.text(view.fill(t.salutation()), 16, false);
        String letter = view.fill(view.passed() ? t.letterPass() : t.letterFail());
        for (String para : letter.split("\n")) if (!para.isBlank()) d.text(para.strip(), 16, true);
        Docx.Paragraph verdict = d.text("", 16, false);
        d.addHeading(verdict, t.label("verdict") + "：", 16, null);
        d.add(verdict, String.valueOf(vars.get("verdict")), 16, true, view.passed() ? Ink.GREEN.hex() : Ink.RED.hex());
        d.add(verdict, "　" + view.fill(t.label("counts")), 14, false, null);
        d.heading(t.label("findings"), 16);
        if (view.groups().isEmpty()) d.text(t.label("noFindings"), 14, true);
        for (AuditView.Group g : view.groups()) {
            d.heading(g.title(), 15);
            for (AuditView.Item item : g.findings()) finding(d, item);
        }
        review(d, view);
        d.text("", 14, false);
        for (String line : t.signature()) d.aligned(view.fill(line), 16, Docx.Align.RIGHT);
        appendix(d, view);
        d.write(out);
    }

    /** The appendix as the PDF has it: a new page, its title and note, then each table as the parser read it. */
    private void appendix(Docx d, AuditView view) {
        d.pageBreak();
        d.heading(t.appendix().get("title"), 14);
        d.text(t.appendix().get("note"), 9, false);
        for (AuditView.TableView table : view.tables()) {
            d.heading(table.title(), 11.5);
            if (!table.present()) {
                d.text(t.appendix().get("absent"), 10, false);
                continue;
            }
            List<Docx.Cell> header = new ArrayList<>();
            header.add(new Docx.Cell(t.appendix().get("rowHeader"), true, null, AppendixLook.HEADER, null));
            for (var col : table.layout().columns()) {
                header.add(new Docx.Cell(col.key(), true, null, AppendixLook.HEADER, Docx.Align.CENTER));
            }
            List<List<Docx.Cell>> rows = new ArrayList<>();
            for (AuditView.Row row : table.rows()) {
                for (String group : row.groupHeadings()) {
                    rows.add(List.of(Docx.Cell.band(group, AppendixLook.GROUP)));
                }
                List<Docx.Cell> line = new ArrayList<>();
                line.add(Docx.Cell.plain(row.label()));
                for (AuditView.CellView cell : row.cells()) line.add(box(cell));
                rows.add(line);
            }
            double[] weights = new double[header.size()];
            Arrays.fill(weights, 1);
            weights[0] = AppendixLook.labelWidth(table.layout().id());
            d.grid(header, rows, 7.5, weights);
        }
    }

    private static Docx.Cell box(AuditView.CellView cell) {
        AppendixLook.Mark mark = AppendixLook.Mark.of(cell);
        boolean flagged = mark == AppendixLook.Mark.FLAGGED;
        String ink = flagged ? Ink.RED.hex() : mark == AppendixLook.Mark.MISSING ? Ink.GREY.hex() : null;
        return new Docx.Cell(cell.text(), flagged, ink, mark.fill(), Docx.Align.CENTER);
    }

    private void finding(Docx d, AuditView.Item item) {
        Finding f = item.finding();
        Docx.Paragraph head = d.text("", 14, false);
        head.keepNext();
        d.add(head, item.number() + ". ", 14, true, null);
        d.add(head, "【" + item.severity() + "】", 14, true, Ink.of(f.severity()).hex());
        d.add(head, item.name(), 14, true, null);
        if (!item.name().equals(f.rule())) d.add(head, " " + f.rule(), 9, false, Ink.GREY.hex());
        d.add(head, "　" + nz(f.message()), 14, false, null);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{t.label("location"), item.location()});
        if (f.evidence() != null && !f.evidence().isBlank()) rows.add(new String[]{t.label("evidence"), "「" + f.evidence().strip() + "」"});
        if (item.hasNumbers()) rows.add(new String[]{item.expectedLabel() + " / " + item.actualLabel(), item.expected() + " / " + item.actual()});
        if (f.basis() != null && !f.basis().isBlank()) rows.add(new String[]{t.label("basis"), f.basis()});
        if (f.advice() != null && !f.advice().isBlank()) rows.add(new String[]{t.label("advice"), f.advice()});
        for (String[] r : rows) {
            if (r[1] == null || r[1].isBlank()) continue;
            Docx.Paragraph p = d.text("", 12, false);
            p.indentLeft(420);
            d.add(p, r[0] + "：", 12, true, Ink.GREY.hex());
            d.add(p, r[1], 12, false, null);
        }
    }

    private void review(Docx d, AuditView view) {
        Resubmission r = view.context().review();
        if (r == null) return;
        d.heading(view.fill(t.review().get("title")), 16);
        list(d, view, t.review().get("fixed"), r.fixed());
        list(d, view, t.review().get("remaining"), r.remaining());
        list(d, view, t.review().get("added"), r.added());
    }

    private void list(Docx d, AuditView view, String label, List<Finding> findings) {
        Docx.Paragraph p = d.text("", 14, false);
        d.add(p, label + "（" + findings.size() + "）：", 14, true, null);
        d.add(p, findings.isEmpty() ? t.review().get("none")
                : String.join("；", findings.stream().map(view::brief).toList()), 14, false, null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
