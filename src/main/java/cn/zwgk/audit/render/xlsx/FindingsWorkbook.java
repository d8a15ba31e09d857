package cn.zwgk.audit.render.xlsx;

import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.render.AcceptedFinding;
import cn.zwgk.audit.render.AuditView;
import cn.zwgk.audit.render.BatchOutput;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.CampaignInfo;
import cn.zwgk.audit.render.ReportTemplate;
import cn.zwgk.audit.render.SummaryTemplate;
import cn.zwgk.audit.render.Templates;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code findings.xlsx}, the campaign in three sheets: by agency (one row per agency, including those that did not
 * submit or whose file could not be read), one row per finding (accepted ones marked with the office's
 * explanation), and by problem type with the agencies that have it. Headers and sheet names from
 * templates/summary.yaml ({@code workbook}).
 *
 * <p>Written as SpreadsheetML by {@link Xlsx} (the same parts POI's streaming workbook wrote), row by row: a one-report
 * check does not load POI's 1,400 classes for it, and a 20,000-report batch keeps no sheet in memory.
 */
public final class FindingsWorkbook implements BatchOutput {

    private final SummaryTemplate t;
    private final ReportTemplate report;
    private final TableRegistry tables;
    private final Function<String, String> names;

    public FindingsWorkbook(Templates templates, TableRegistry tables, Function<String, String> names) {
        this.t = templates.summary();
        this.report = templates.report();
        this.tables = tables;
        this.names = names;
    }

    @Override
    public String fileName() {
        return "findings.xlsx";
    }

    private String w(String key) {
        return t.workbook().get(key);
    }

    @Override
    public void write(BatchSummary s, OutputStream out) throws IOException {
        int findings = 0;
        for (BatchSummary.Entry e : s.worstFirst()) findings += e.findingCount() + e.listed().acceptedCount();
        try (Xlsx wb = new Xlsx(out, List.of(
                new Xlsx.Layout(w("byAgency"), 6, 34, 8, 28, 10, 6, 6, 6, 8, 8, 14, 30),
                new Xlsx.Layout(w("findings"), 30, 24, 22, 8, 26, 40, 40, 40, 10, 30),
                new Xlsx.Layout(w("byType"), 26, 22, 8, 8, 8, 70)))) {
            byAgency(wb.sheet(s.worstFirst().size() + s.campaign().notSubmitted().size()), s);
            findings(wb.sheet(findings), s);
            byType(wb.sheet(s.byCode().size()), s);
        }
    }

    private void byAgency(Xlsx.Sheet sh, BatchSummary s) throws IOException {
        header(sh, "number", "agency", "year", "file", "verdict", "errors", "warnings", "infos", "accepted", "run",
                "date", "review");
        int n = 0;
        for (BatchSummary.Entry e : s.worstFirst()) {
            String verdict = e.unreadable() ? w("unreadable") : t.verdict().get(e.verdict());
            String review = e.review() == null ? "" : Templates.fill(w("reviewCounts"), Map.of(
                    "fixed", e.review().fixed(), "remaining", e.review().remaining(),
                    "added", e.review().added()));
            sh.row(++n, agency(e), e.year() == null ? "" : e.year().toString(), fileName(e.file()), verdict,
                    e.errors(), e.warnings(), e.infos(), e.listed().acceptedCount(), e.run(),
                    e.date() == null ? "" : report.date(e.date()), review);
        }
        for (CampaignInfo.Absent a : s.campaign().notSubmitted()) {
            sh.row(++n, a.agency(), "", "", w("notSubmitted"), "", "", "", "", "", "", a.contact());
        }
        sh.end();
    }

    private void findings(Xlsx.Sheet sh, BatchSummary s) throws IOException {
        header(sh, "agency", "name", "code", "severity", "location", "evidence", "message", "advice", "status",
                "explanation");
        for (BatchSummary.Entry e : s.worstFirst()) {
            for (Finding f : e.findings()) finding(sh, e, f, w("open"), "");
            for (AcceptedFinding a : e.accepted()) finding(sh, e, a.finding(), w("acceptedStatus"), a.explanation());
        }
        sh.end();
    }

    private void finding(Xlsx.Sheet sh, BatchSummary.Entry e, Finding f, String status, String why) throws IOException {
        sh.row(agency(e), names.apply(f.rule()), f.rule(),
                f.severity() == null ? "" : report.severity().get(f.severity().code()),
                AuditView.location(f, report, tables), nz(f.evidence()), nz(f.message()), nz(f.advice()), status, why);
    }

    private void byType(Xlsx.Sheet sh, BatchSummary s) throws IOException {
        header(sh, "name", "code", "severity", "count", "agencies", "agencyList");
        Map<String, Set<String>> agencies = new LinkedHashMap<>();
        Map<String, String> severity = new LinkedHashMap<>();
        for (var code : s.byCode().keySet()) agencies.put(code, new LinkedHashSet<>());
        for (BatchSummary.Entry e : s.worstFirst()) {
            for (Finding f : e.findings()) {
                agencies.computeIfAbsent(f.rule(), k -> new LinkedHashSet<>()).add(agency(e));
                if (f.severity() != null) severity.putIfAbsent(f.rule(), report.severity().get(f.severity().code()));
            }
        }
        for (var c : s.byCode().entrySet()) {
            Set<String> a = agencies.get(c.getKey());
            sh.row(names.apply(c.getKey()), c.getKey(), severity.getOrDefault(c.getKey(), ""), c.getValue(),
                    a.size(), String.join("、", a));
        }
        sh.end();
    }

    private String agency(BatchSummary.Entry e) {
        return e.agency() != null ? e.agency() : t.label("unnamedAgency") + " " + fileName(e.file());
    }

    private static String fileName(String path) {
        return cn.zwgk.audit.render.LetterContext.fileName(path);
    }

    /**
     * The header row, bold on grey; the sheet prints as the clerk would: landscape, all columns on one page width,
     * the header on every page, with a filter on it and frozen above the rows.
     */
    private void header(Xlsx.Sheet sh, String... keys) throws IOException {
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = w("col." + keys[i]) != null ? w("col." + keys[i]) : t.label(keys[i]);
        }
        sh.header(names);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }


}
