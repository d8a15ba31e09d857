package cn.zwgk.audit.render;

import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Severity;

import java.util.List;
import java.util.Map;

/**
 * What a letter knows beyond the audit: the name the office gives the file and the agency (the roster's, or the
 * report's own), the office's details, and in a campaign the run, the comparison with the agency's previous audit
 * and the findings the office has accepted.
 *
 * @param file        the file as the letter names it: its file name only, never the clerk's folders
 * @param agency      the agency as the office names it (the roster's name), or the report's own, or null
 * @param office      the office's details: office, docNumber, deadline, contact, phone (absent keys: the template's)
 * @param run         the campaign run that audited the report (1 outside a campaign)
 * @param review      the comparison with the agency's previous audit, or null for a first submission
 * @param accepted    findings the office accepted: kept out of the letter, listed for the office
 * @param minSeverity the least severity a letter lists
 * @param expectedYear the report year the campaign expects (office.yaml), or null
 * @param sha256      the input file's SHA-256 (hex), or null outside a campaign: tells a re-audit of the same file
 *                    from a resubmission
 */
public record LetterContext(String file, String agency, Map<String, String> office, int run, Resubmission review,
                            List<AcceptedFinding> accepted, Severity minSeverity, Integer expectedYear,
                            String sha256) {

    public LetterContext {
        office = Map.copyOf(office);
        accepted = List.copyOf(accepted);
    }

    /** A letter outside a campaign: the file's name, the report's agency, the template's office. */
    public static LetterContext plain(Report report) {
        return new LetterContext(fileName(report.file()), report.agency(), Map.of(), 1, null, List.of(), Severity.INFO,
                null, null);
    }

    /** The last element of a path as given (either separator), so no letter shows the clerk's folders. */
    public static String fileName(String path) {
        if (path == null) return "";
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return cut >= 0 ? path.substring(cut + 1) : path;
    }

    /** Whether a letter lists a finding of this severity. */
    public boolean shows(Severity s) {
        return s == null || s.ordinal() <= minSeverity.ordinal();
    }

}
