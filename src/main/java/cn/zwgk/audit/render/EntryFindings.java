package cn.zwgk.audit.render;

import cn.zwgk.audit.model.Finding;

import java.util.List;

/**
 * A report's findings as the overviews list them (summary.pdf, findings.xlsx, the 通报): held in memory, or read back
 * from the batch's {@link FindingsSpill} each time they are asked for, so that a batch's memory does not grow with its
 * findings.
 */
public interface EntryFindings {

    /** The findings, without those the office accepted. */
    List<Finding> findings();

    /** The findings the office accepted for this agency. */
    List<AcceptedFinding> accepted();

    /** How many were accepted, without reading them back. */
    int acceptedCount();

    EntryFindings NONE = of(List.of(), List.of());

    static EntryFindings of(List<Finding> findings, List<AcceptedFinding> accepted) {
        return new Held(findings, accepted);
    }

    /** Findings in memory; also what a spill file holds of an entry. */
    record Held(List<Finding> findings, List<AcceptedFinding> accepted) implements EntryFindings {

        public Held {
            findings = List.copyOf(findings);
            accepted = List.copyOf(accepted);
        }

        @Override
        public int acceptedCount() {
            return accepted.size();
        }
    }
}
