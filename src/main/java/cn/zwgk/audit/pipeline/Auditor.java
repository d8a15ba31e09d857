package cn.zwgk.audit.pipeline;

import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.compare.Comparisons;
import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.InBackground;
import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.limits.Budget;
import cn.zwgk.audit.limits.Failures;
import cn.zwgk.audit.limits.OverBudgetException;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.read.Documents;
import cn.zwgk.audit.read.UnreadableInputException;

import java.nio.file.Path;

/**
 * One file from disk to findings: read, parse, audit. Thread-safe. Never throws for a bad input: a file that cannot be
 * read or recognised becomes a report with an input problem, which the rules turn into INPUT_UNREADABLE.
 */
public final class Auditor {

    private final ReportParser parser;
    private final RuleBase rules;

    public Auditor(ReportParser parser, RuleBase rules) {
        this.parser = parser;
        this.rules = rules;
    }

    /** Loads parser configuration and compiles the rules of {@code rulesDir}, the two side by side. */
    public static Auditor fromRules(Path rulesDir) throws ConfigException {
        InBackground<RuleBase> rules = InBackground.start("rules", () -> RuleBase.compile(rulesDir));
        ReportParser parser = ReportParser.fromRules(rulesDir);
        return new Auditor(parser, rules.get());
    }

    public Report parse(Path file) {
        return parse(parser, file);
    }

    /** Reads and parses one file with {@code parser}; any failure becomes a report with an input problem. */
    public static Report parse(ReportParser parser, Path file) {
        String name = file.toString();
        Budget.start("读取和解析", Budget.PARSE_MILLIS);
        try {
            return parser.parse(Documents.read(file));
        } catch (UnreadableInputException | OverBudgetException e) {
            return Report.unreadable(name, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a parser bug on one file must not cost the rest of the batch; the clerk sees it as a finding
            return Report.unreadable(name, null, "解析此文件时出错：" + Failures.describe(e));
        } finally {
            Budget.end();
        }
    }

    public Audit audit(Path file) {
        long start = System.nanoTime();
        Report report = parse(file);
        return audit(report, start);
    }

    public Audit audit(Report report) {
        return audit(report, System.nanoTime());
    }

    private Audit audit(Report report, long start) {
        var findings = rules.evaluate(report);
        return new Audit(report, findings, rules.version(), (System.nanoTime() - start) / 1_000_000);
    }

    /** One file, with what it is compared with: last year's report of its agency, the other reports of the batch. */
    public Audit audit(Path file, Comparisons comparisons) {
        long start = System.nanoTime();
        // parsed already by the comparisons' reading pass, when it kept the report
        Report report = comparisons.parsed(file).orElseGet(() -> parse(file));
        Comparisons.Context context = comparisons.context(report);
        var findings = rules.evaluate(report, context.facts());
        return new Audit(report, findings, rules.version(), (System.nanoTime() - start) / 1_000_000,
                context.comparison());
    }

    /** The tables as the rule folder's labels.yaml describes them. */
    public TableRegistry tables() {
        return parser.tables();
    }

    public ReportParser parser() {
        return parser;
    }

    public RuleBase rules() {
        return rules;
    }
}
