package cn.zwgk.audit.model;

import java.util.List;

/**
 * The outcome of auditing one report.
 *
 * @param report       the parsed facts
 * @param findings     the rules' findings, sorted by section, then line
 * @param rulesVersion a short hash of the rule set that produced them
 * @param millis       time spent parsing and auditing
 */
public record Audit(Report report, List<Finding> findings, String rulesVersion, long millis) {

    public Audit {
        findings = List.copyOf(findings);
    }

    /** {@code fail} when any error finding exists, otherwise {@code pass}. */
    public String verdict() {
        return count(Severity.ERROR) > 0 ? "fail" : "pass";
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
