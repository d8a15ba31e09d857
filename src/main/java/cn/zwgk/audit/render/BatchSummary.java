package cn.zwgk.audit.render;

import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Comparison;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Severity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch produced, report by report: the input of summary.json, summary.csv and summary.pdf.
 *
 * @param reports      one entry per input file, in input order
 * @param rulesVersion the rule set's hash
 * @param date         the audit date
 * @param seconds      wall time of the batch
 * @param outputs      the extensions of the files written per report, e.g. [json, pdf] ({@code check --no-pdf}
 *                     writes no pdf)
 * @param campaign     the campaign's settings, roster gaps and runs ({@link CampaignInfo#NONE} outside one)
 */
public record BatchSummary(List<Entry> reports, String rulesVersion, LocalDate date, double seconds,
                           List<String> outputs, CampaignInfo campaign) {

    /** The finding a rule that failed on a report leaves; the summary lists them apart, for the office to fix. */
    static final String RULE_FAILED = "RULE_FAILED";
    /** The finding of a file that is not a readable report: no letter, not in the pass rate. */
    public static final String INPUT_UNREADABLE = "INPUT_UNREADABLE";

    public BatchSummary {
        reports = List.copyOf(reports);
        outputs = List.copyOf(outputs);
        if (campaign == null) campaign = CampaignInfo.NONE;
    }

    public BatchSummary(List<Entry> reports, String rulesVersion, LocalDate date, double seconds, List<String> outputs) {
        this(reports, rulesVersion, date, seconds, outputs, CampaignInfo.NONE);
    }

    /** The same batch as the overview of a campaign. */
    public BatchSummary with(List<Entry> allReports, CampaignInfo info) {
        return new BatchSummary(allReports, rulesVersion, date, seconds, outputs, info);
    }

    /** The file of {@code extension} written for a report, or null when none was. */
    public String file(Entry e, String extension) {
        return outputs.contains(extension) && e.problem() == null && !e.unreadable() ? e.name() + "." + extension : null;
    }

    /**
     * One report's outcome.
     *
     * @param file    the input path as given
     * @param name    the output base name ({@code name.pdf}, {@code name.json})
     * @param codes   finding counts by code
     * @param problem why the report's output could not be written, or null
     * @param ruleFailures the rules that failed on this report (RULE_FAILED findings), as "rule: why"
     * @param unreadable   the file could not be read as a report (INPUT_UNREADABLE): it gets no letter and stays out
     *                     of the pass rate
     * @param listed       the findings (without those the office accepted) and those the office accepted for this
     *                     agency; in a batch, kept in its {@link FindingsSpill}
     * @param review       the comparison with the agency's previous audit, or null
     * @param run          the campaign run that audited it
     * @param date         the date of that audit
     * @param comparison   what the report was compared with (last year's report, the batch)
     */
    public record Entry(String file, String name, String agency, Integer year, String verdict, long errors,
                        long warnings, long infos, Map<String, Integer> codes, String problem,
                        List<String> ruleFailures, boolean unreadable, EntryFindings listed,
                        Resubmission.Counts review, int run, LocalDate date, Comparison comparison) {

        public Entry {
            codes = Map.copyOf(codes);
            ruleFailures = List.copyOf(ruleFailures);
            if (listed == null) listed = EntryFindings.NONE;
            if (comparison == null) comparison = Comparison.NONE;
        }

        /** A file that has no audit: it could not be audited or its outputs not written, for {@code problem}. */
        public static Entry failed(String file, String name, String problem) {
            return new Entry(file, name, null, null, "fail", 0, 0, 0, Map.of(), problem, List.of(), false,
                    EntryFindings.NONE, null, 1, null, Comparison.NONE);
        }

        public static Entry of(Audit audit, String name, String problem) {
            return of(audit, name, problem, LetterContext.plain(audit.report()), null);
        }

        /** A report's outcome, the agency named as its letter names it. */
        public static Entry of(Audit audit, String name, String problem, LetterContext c, LocalDate date) {
            Map<String, Integer> codes = new TreeMap<>();
            for (Finding f : audit.findings()) codes.merge(f.rule(), 1, Integer::sum);
            String verdict = problem != null ? "fail" : audit.verdict();
            List<String> ruleFailures = audit.findings().stream().filter(f -> RULE_FAILED.equals(f.rule()))
                    .map(Finding::message).toList();
            boolean unreadable = codes.containsKey(INPUT_UNREADABLE);
            return new Entry(audit.report().file(), name, c.agency(), audit.report().year(), verdict,
                    audit.count(Severity.ERROR), audit.count(Severity.WARNING), audit.count(Severity.INFO), codes,
                    problem, ruleFailures, unreadable, EntryFindings.of(audit.findings(), c.accepted()),
                    c.review() == null ? null : c.review().counts(), c.run(), date, audit.comparison());
        }

        /** This entry with its findings kept in {@code spill}. */
        public Entry spilled(FindingsSpill spill) {
            return new Entry(file, name, agency, year, verdict, errors, warnings, infos, codes, problem, ruleFailures,
                    unreadable, spill.keep(listed), review, run, date, comparison);
        }

        /** The findings, without those the office accepted (read back from the spill file when kept there). */
        public List<Finding> findings() {
            return listed.findings();
        }

        /** The findings the office accepted for this agency (read back from the spill file when kept there). */
        public List<AcceptedFinding> accepted() {
            return listed.accepted();
        }

        /** How many findings there are, without reading them back. */
        public int findingCount() {
            int n = 0;
            for (int c : codes.values()) n += c;
            return n;
        }

        /** Whether a finding is at least as grave as {@code level}, from the counts. */
        public boolean has(Severity level) {
            return errors > 0 || level.ordinal() >= Severity.WARNING.ordinal() && warnings > 0
                    || level.ordinal() >= Severity.INFO.ordinal() && infos > 0;
        }

        public boolean passed() {
            return "pass".equals(verdict);
        }
    }

    /** Worst first: failed before passed, then most errors, warnings, notes; ties by file. */
    public static final Comparator<Entry> WORST_FIRST = Comparator.comparing(Entry::passed)
            .thenComparing(Comparator.comparingLong(Entry::errors).reversed())
            .thenComparing(Comparator.comparingLong(Entry::warnings).reversed())
            .thenComparing(Comparator.comparingLong(Entry::infos).reversed())
            .thenComparing(Entry::file);

    public long passed() {
        return reports.stream().filter(e -> e.passed() && !e.unreadable()).count();
    }

    /** Reports read and audited that did not pass. */
    public long failed() {
        return audited().size() - passed();
    }

    /** The reports that could be read and audited (the pass rate's base). */
    public List<Entry> audited() {
        return reports.stream().filter(e -> !e.unreadable()).toList();
    }

    /** Files that could not be read as reports, listed apart for the clerk. */
    public List<Entry> unreadable() {
        return reports.stream().filter(Entry::unreadable).toList();
    }

    /** Pass rate of the audited reports as a percentage with one decimal, e.g. "60.0%"; "—" when there are none. */
    public String passRate() {
        if (audited().isEmpty()) return "—";
        return String.format("%.1f%%", 100.0 * passed() / audited().size());
    }

    public Map<String, Long> bySeverity() {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        m.put(Severity.ERROR.code(), audited().stream().mapToLong(Entry::errors).sum());
        m.put(Severity.WARNING.code(), audited().stream().mapToLong(Entry::warnings).sum());
        m.put(Severity.INFO.code(), audited().stream().mapToLong(Entry::infos).sum());
        return m;
    }

    /** Finding counts by code, most frequent first, of the audited reports (unreadable files are listed apart). */
    public Map<String, Long> byCode() {
        Map<String, Long> counts = new TreeMap<>();
        for (Entry e : audited()) e.codes().forEach((k, v) -> counts.merge(k, (long) v, Long::sum));
        Map<String, Long> sorted = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Readable reports of another year than the campaign expects (office.yaml's year), in order. */
    public List<Entry> yearMismatch() {
        Integer expected = campaign.expectedYear();
        if (expected == null) return List.of();
        return audited().stream().filter(e -> e.year() != null && !e.year().equals(expected)).toList();
    }

    /** Reports compared with last year's report of their agency. */
    public List<Entry> withPrevious() {
        return reports.stream().filter(e -> e.comparison().previous() != null).toList();
    }

    /** Reports for which last year's report was asked for but not found, in input order. */
    public List<Entry> unmatched() {
        return reports.stream().filter(e -> e.comparison().unmatched() != null).toList();
    }

    /** How many reports of the batch were compared with one another (0 when they were not). */
    public long peersCompared() {
        return reports.stream().filter(e -> e.comparison().peers() > 0).count();
    }

    /** Reports on which a rule failed, in input order. */
    public List<Entry> withRuleFailures() {
        return reports.stream().filter(e -> !e.ruleFailures().isEmpty()).toList();
    }

    public List<Entry> worstFirst() {
        return reports.stream().sorted(WORST_FIRST).toList();
    }
}
