package cn.zwgk.audit.render;

import java.util.List;
import java.util.Map;

/** The wording of the 通报 draft, from {@code templates/notice.yaml}; see the comment at its top for placeholders. */
public record NoticeTemplate(String title, String docNumber, String addressees, String opening,
                             Map<String, String> sections, String overview, String overviewNoRoster,
                             Map<String, String> units, String notSubmitted, String unreadable, String resubmitted, String problemsIntro,
                             String problem, String noProblems, List<String> requirements, String contact,
                             String attachment, String attachmentTitle, Map<String, String> columns,
                             List<String> signature, String footer, String pageNumber, List<String> severities,
                             String comparedPrevious, String comparedPeers) {

    public static final String FILE = "notice.yaml";

    static final List<String> PLACEHOLDERS = List.of("office", "docNumber", "deadline", "contact", "phone", "date",
            "year", "expected", "total", "audited", "passed", "failed", "passRate", "unreadable", "missing",
            "resubmitted", "units", "agencies", "count", "n", "name", "severity", "page", "pages",
            "matched", "unmatchedPrevious", "peers");

    static final Map<String, List<String>> REQUIRED_KEYS = Map.of(
            "sections", List.of("overview", "problems", "requirements"),
            "units", List.of("one", "many"),
            "columns", List.of("number", "agency", "problem", "severity", "location"));
}
