package cn.zwgk.audit.render;

import java.util.List;
import java.util.Map;

/** The fixed wording of the batch {@code summary.pdf}, from {@code templates/summary.yaml}. */
public record SummaryTemplate(String office, String title, String intro, String footer, String pageNumber,
                              Map<String, String> verdict, Map<String, String> labels, Map<String, String> workbook,
                              Map<String, String> compared) {

    public static final String FILE = "summary.yaml";

    static final List<String> PLACEHOLDERS = List.of("office", "date", "rulesVersion", "total", "passed", "failed",
            "passRate", "page", "pages", "audited", "unreadable", "fixed", "remaining", "added", "expectedYear",
            "runs", "matched", "unmatched", "peers", "file", "reason");

    static final Map<String, List<String>> REQUIRED_KEYS = Map.of(
            "verdict", List.of("pass", "fail"),
            "labels", List.of("overview", "total", "passed", "failed", "passRate", "bySeverity", "byCode", "code",
                    "count", "reports", "number", "agency", "year", "file", "verdict", "errors", "warnings", "infos",
                    "unnamedAgency", "noFindings", "unreadable", "notSubmitted", "yearMismatch", "resubmissions",
                    "accepted", "compared"),
            "compared", List.of("previous", "unmatched", "peers"),
            "workbook", List.of("byAgency", "findings", "byType", "unreadable", "notSubmitted", "open",
                    "acceptedStatus", "reviewCounts"));

    public String label(String key) {
        return labels.get(key);
    }
}
