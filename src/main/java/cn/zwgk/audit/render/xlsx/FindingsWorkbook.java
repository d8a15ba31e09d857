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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
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
        // streamed (rows beyond the window go to a temporary file): one row per finding of a 20,000-report batch
        // held as XSSF objects took more than a 256 MB heap
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            byAgency(wb.createSheet(w("byAgency")), s, head, wrap);
            findings(wb.createSheet(w("findings")), s, head, wrap);
            byType(wb.createSheet(w("byType")), s, head, wrap);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private void byAgency(Sheet sh, BatchSummary s, CellStyle head, CellStyle wrap) {
        header(sh, head, new int[]{6, 34, 8, 28, 10, 6, 6, 6, 8, 8, 14, 30}, "number", "agency", "year", "file",
                "verdict", "errors", "warnings", "infos", "accepted", "run", "date", "review");
        int n = 0;
        for (BatchSummary.Entry e : s.worstFirst()) {
            String verdict = e.unreadable() ? w("unreadable") : t.verdict().get(e.verdict());
            String review = e.review() == null ? "" : Templates.fill(w("reviewCounts"), Map.of(
                    "fixed", e.review().fixed().size(), "remaining", e.review().remaining().size(),
                    "added", e.review().added().size()));
            row(sh, wrap, ++n, agency(e), e.year() == null ? "" : e.year().toString(), fileName(e.file()), verdict,
                    e.errors(), e.warnings(), e.infos(), e.accepted().size(), e.run(),
                    e.date() == null ? "" : report.date(e.date()), review);
        }
        for (CampaignInfo.Absent a : s.campaign().notSubmitted()) {
            row(sh, wrap, ++n, a.agency(), "", "", w("notSubmitted"), "", "", "", "", "", "", a.contact());
        }
    }

    private void findings(Sheet sh, BatchSummary s, CellStyle head, CellStyle wrap) {
        header(sh, head, new int[]{30, 24, 22, 8, 26, 40, 40, 40, 10, 30}, "agency", "name", "code", "severity",
                "location", "evidence", "message", "advice", "status", "explanation");
        for (BatchSummary.Entry e : s.worstFirst()) {
            for (Finding f : e.findings()) finding(sh, wrap, e, f, w("open"), "");
            for (AcceptedFinding a : e.accepted()) finding(sh, wrap, e, a.finding(), w("acceptedStatus"), a.explanation());
        }
    }

    private void finding(Sheet sh, CellStyle wrap, BatchSummary.Entry e, Finding f, String status, String why) {
        row(sh, wrap, agency(e), names.apply(f.rule()), f.rule(),
                f.severity() == null ? "" : report.severity().get(f.severity().code()),
                AuditView.location(f, report, tables), nz(f.evidence()), nz(f.message()), nz(f.advice()), status, why);
    }

    private void byType(Sheet sh, BatchSummary s, CellStyle head, CellStyle wrap) {
        header(sh, head, new int[]{26, 22, 8, 8, 8, 70}, "name", "code", "severity", "count", "agencies", "agencyList");
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
            row(sh, wrap, names.apply(c.getKey()), c.getKey(), severity.getOrDefault(c.getKey(), ""), c.getValue(),
                    a.size(), String.join("、", a));
        }
    }

    private String agency(BatchSummary.Entry e) {
        return e.agency() != null ? e.agency() : t.label("unnamedAgency") + " " + fileName(e.file());
    }

    private static String fileName(String path) {
        return cn.zwgk.audit.render.LetterContext.fileName(path);
    }

    private void header(Sheet sh, CellStyle head, int[] widths, String... keys) {
        Row r = sh.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            var c = r.createCell(i);
            c.setCellValue(w("col." + keys[i]) != null ? w("col." + keys[i]) : t.label(keys[i]));
            c.setCellStyle(head);
            sh.setColumnWidth(i, widths[i] * 256);
        }
        sh.createFreezePane(0, 1);
        // printed as the clerk would: landscape, all columns on one page width, the header on every page
        sh.getPrintSetup().setLandscape(true);
        sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sh.setFitToPage(true);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
        sh.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        sh.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, keys.length - 1));
    }

    private static void row(Sheet sh, CellStyle wrap, Object... values) {
        Row r = sh.createRow(sh.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            var c = r.createCell(i);
            Object v = values[i];
            if (v instanceof Number num) {
                c.setCellValue(num.doubleValue());
            } else {
                c.setCellValue(v == null ? "" : fit(v.toString()));
                c.setCellStyle(wrap);
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }


    /** Excel's limit is 32,767 characters a cell (a list of thousands of agencies passes it); longer text is cut. */
    private static String fit(String text) {
        return text.length() <= 32_767 ? text : text.substring(0, 32_760) + "……";
    }
}
