package cn.zwgk.audit.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** summary.json (for scripts) and summary.csv (for Excel: UTF-8 with a BOM, CRLF, RFC 4180 quoting). */
public final class SummaryFiles {

    private SummaryFiles() {}

    public static Map<String, Object> json(BatchSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", s.date());
        out.put("rulesVersion", s.rulesVersion());
        out.put("total", s.reports().size());
        out.put("audited", s.audited().size());
        out.put("passed", s.passed());
        out.put("failed", s.failed());
        out.put("unreadable", s.unreadable().size());
        out.put("passRate", s.audited().isEmpty() ? null : (double) s.passed() / s.audited().size());
        out.put("runs", s.campaign().runs());
        out.put("seconds", Math.round(s.seconds() * 10) / 10.0);
        out.put("bySeverity", s.bySeverity());
        out.put("byCode", s.byCode());
        Map<String, Object> compared = new LinkedHashMap<>(); // in this order every run (Map.of's order is per process)
        compared.put("withPrevious", s.withPrevious().size());
        compared.put("previousUnmatched", s.unmatched().size());
        compared.put("peers", s.peersCompared());
        out.put("compared", compared);
        List<Map<String, Object>> reports = new ArrayList<>();
        for (BatchSummary.Entry e : s.reports()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", e.file());
            m.put("agency", e.agency());
            m.put("year", e.year());
            m.put("verdict", e.verdict());
            m.put("errors", e.errors());
            m.put("warnings", e.warnings());
            m.put("infos", e.infos());
            m.put("codes", new TreeMap<>(e.codes())); // by code: the entry's map has no fixed order (Map.copyOf)
            m.put("pdf", s.file(e, "pdf"));
            m.put("json", e.name() + ".json");
            m.put("problem", e.problem());
            m.put("ruleFailures", e.ruleFailures());
            var c = e.comparison();
            m.put("previous", c.previous() == null ? null : c.previous().file());
            m.put("previousUnmatched", c.unmatched());
            m.put("unreadable", e.unreadable());
            m.put("run", e.run());
            m.put("date", e.date());
            m.put("accepted", e.listed().acceptedCount());
            if (e.review() == null) {
                m.put("review", null);
            } else {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("previousRun", e.review().previousRun());
                r.put("fixed", e.review().fixed());
                r.put("remaining", e.review().remaining());
                r.put("added", e.review().added());
                m.put("review", r);
            }
            reports.add(m);
        }
        out.put("reports", reports);
        out.put("notSubmitted", s.campaign().notSubmitted());
        List<Map<String, Object>> years = new ArrayList<>();
        for (BatchSummary.Entry e : s.yearMismatch()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("agency", e.agency());
            m.put("file", e.file());
            m.put("year", e.year());
            years.add(m);
        }
        out.put("expectedYear", s.campaign().expectedYear());
        out.put("yearMismatch", years);
        return out;
    }

    public static byte[] csv(BatchSummary s, SummaryTemplate t) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, t.label("file"), t.label("agency"), t.label("year"), t.label("verdict"), t.label("errors"),
                t.label("warnings"), t.label("infos"), t.label("code"), "PDF", "JSON");
        for (BatchSummary.Entry e : s.reports()) {
            String codes = String.join(" ", e.codes().entrySet().stream()
                    .map(c -> c.getValue() > 1 ? c.getKey() + "×" + c.getValue() : c.getKey()).sorted().toList());
            row(sb, e.file(), e.agency(), e.year() == null ? "" : e.year().toString(), t.verdict().get(e.verdict()),
                    Long.toString(e.errors()), Long.toString(e.warnings()), Long.toString(e.infos()), codes,
                    e.problem() != null ? e.problem() : Objects.toString(s.file(e, "pdf"), ""), e.name() + ".json");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(cell(cells[i]));
        }
        sb.append("\r\n");
    }

    static String cell(String v) {
        if (v == null) return "";
        // a leading = + - @ would make Excel evaluate a file or agency name as a formula
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
