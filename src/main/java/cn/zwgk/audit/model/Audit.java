package cn.zwgk.audit.model;

import java.util.List;

/**
 * The outcome of auditing one report.
 *
 * @param report       the parsed facts
 * @param findings     the rules' findings, sorted by section, then line
 * @param rulesVersion a short hash of the rule set that produced them
 * @param millis       time spent parsing and auditing
 * @param comparison   what the report was compared with (last year's report, the batch)
 */
public record Audit(Report report, List<Finding> findings, String rulesVersion, long millis, Comparison comparison) {

    public Audit {
        findings = List.copyOf(findings);
        if (comparison == null) comparison = Comparison.NONE;
    }

    /** An audit of the report alone. */
    public Audit(Report report, List<Finding> findings, String rulesVersion, long millis) {
        this(report, findings, rulesVersion, millis, Comparison.NONE);
    }

    /** The same audit with other findings (e.g. without those the office accepted). */
    public Audit withFindings(List<Finding> kept) {
        return new Audit(report, kept, rulesVersion, millis, comparison);
    }

    /** {@code fail} when any error finding exists, otherwise {@code pass}. */
    public String verdict() {
        return count(Severity.ERROR) > 0 ? "fail" : "pass";
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
