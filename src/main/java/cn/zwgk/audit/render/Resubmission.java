package cn.zwgk.audit.render;

import cn.zwgk.audit.model.Finding;

import java.util.List;

/**
 * A resubmitted report compared with the agency's previous audit (整改复核).
 *
 * @param previousRun  the campaign run of the previous audit
 * @param previousDate the previous audit's date as the office writes it
 * @param previousFile the file audited then (file name only)
 * @param fixed        findings of the previous audit the new report no longer has
 * @param remaining    findings the new report still has (as found now)
 * @param added        findings the previous audit did not have
 */
public record Resubmission(int previousRun, String previousDate, String previousFile, List<Finding> fixed,
                           List<Finding> remaining, List<Finding> added) {

    public Resubmission {
        fixed = List.copyOf(fixed);
        remaining = List.copyOf(remaining);
        added = List.copyOf(added);
    }

    /** What an overview shows of a review: the counts, not the findings (which would make memory grow with a batch). */
    public record Counts(int previousRun, int fixed, int remaining, int added) {}

    public Counts counts() {
        return new Counts(previousRun, fixed.size(), remaining.size(), added.size());
    }
}
