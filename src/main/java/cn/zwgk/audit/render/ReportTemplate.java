package cn.zwgk.audit.render;

import java.util.List;
import java.util.Map;

/**
 * The fixed wording of the per-report PDF, from {@code templates/report.yaml}. Strings may hold {@code ${…}}
 * placeholders (see {@link #PLACEHOLDERS}).
 */
public record ReportTemplate(String office, String reportName, String reportNameNoYear, String title,
                             String unnamedAgency, String salutation,
                             String letterFail, String letterPass, List<String> signature, String footer,
                             String pageNumber, String lineFormat, String dateFormat, Map<String, String> verdict,
                             Map<String, String> severity, Map<String, String> labels, Map<String, String> sections,
                             Map<String, String> appendix, String docNumberLine, String requirements, String yearNote,
                             Map<String, String> review, Map<String, Map<String, String>> sides,
                             Map<String, String> compared) {

    public static final String FILE = "report.yaml";

    static final List<String> PLACEHOLDERS = List.of("office", "agency", "addressee", "year", "reportName",
            "file", "date", "rulesVersion", "verdict", "errors", "warnings", "infos", "total", "page", "pages", "line",
            "month", "day", "docNumber", "requirements", "deadline", "contact", "phone", "previousRun", "previousDate", "previousFile", "yearNote", "expectedYear",
            "lastYearFile", "lastYear", "reason", "peers");

    static final Map<String, List<String>> REQUIRED_KEYS = Map.of(
            "verdict", List.of("pass", "fail"),
            "severity", List.of("error", "warning", "info"),
            "labels", List.of("agency", "year", "file", "date", "rulesVersion", "verdict", "counts", "findings",
                    "noFindings", "location", "evidence", "expected", "actual", "message", "basis", "advice",
                    "compared"),
            "compared", List.of("previous", "unmatched", "peers"),
            "sections", List.of("0", "1", "2", "3", "4", "5", "6"),
            "appendix", List.of("title", "note", "T3", "T4", "absent", "rowHeader", "missing", "blank"),
            "review", List.of("title", "fixed", "remaining", "added", "none"));

    public String label(String key) {
        return labels.get(key);
    }

    /** A date as the office writes it ({@code dateFormat}, e.g. 2024年3月1日). */
    public String date(java.time.LocalDate d) {
        return Templates.fill(dateFormat, Map.of("year", d.getYear(), "month", d.getMonthValue(), "day",
                d.getDayOfMonth()));
    }
}
