package cn.zwgk.audit.cli;

import cn.zwgk.audit.batch.Batch;
import cn.zwgk.audit.batch.InputFiles;
import cn.zwgk.audit.batch.OutputFullException;
import cn.zwgk.audit.batch.PreviousFolder;
import cn.zwgk.audit.compare.Comparisons;
import cn.zwgk.audit.compare.ParsedReports;
import cn.zwgk.audit.compare.Parallel;
import cn.zwgk.audit.compare.SimilarityConfig;
import cn.zwgk.audit.campaign.Campaign;
import cn.zwgk.audit.model.Severity;
import cn.zwgk.audit.config.InBackground;
import cn.zwgk.audit.pipeline.Auditor;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.Outputs;
import cn.zwgk.audit.render.PdfFonts;
import cn.zwgk.audit.render.Templates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code audit check PATH...}: audits files and folders and writes the PDFs, JSON and batch summary. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "审查文件和文件夹（递归）中的年度报告，写入审查批次文件夹（--out）：每份报告生成审查意见书 NAME.pdf、"
                + "NAME.docx 和 NAME.json（--formats 可只选其中几种），并按批次中的全部报告重建 summary.json、summary.csv、summary.pdf、findings.xlsx "
                + "和通报草稿。批次文件夹中可放 office.yaml（本机关信息）、agencies.csv/.xlsx（报送单位名单）、"
                + "accepted.yaml（已认可的问题）。",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:全部报告通过", "1:有报告存在“错误”级问题或无法读取，有审查规则执行失败，或输出磁盘已满", "2:用法错误、规则或模板有误"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports-out", description = "输出目录（默认 ${DEFAULT-VALUE}）")
    Path out;

    @CommandLine.Mixin
    Options.Batch batch;

    @CommandLine.Mixin
    Options.Formats formats;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "审查日期（默认为审查批次 office.yaml 的 auditDate，再默认为当天）")
    LocalDate date;

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "审查意见书列出的最低级别：error、warning 或 info（默认 ${DEFAULT-VALUE}）")
    String minSeverity;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "有这一级别（或更重）的问题时退出码为 1：error、warning、info 或 none（默认 ${DEFAULT-VALUE}）")
    String failOn;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "上一年度的报告（文件夹，或上次审查的输出文件夹）：按机关与本年报告对应，核对跨年度数据衔接和内容雷同")
    Path previous;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Set<String> chosen = formats.chosen(spec);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "输出目录不是文件夹：" + out);
        }
        List<Path> files;
        List<String> skipped = new ArrayList<>();
        try {
            files = InputFiles.collect(paths, out, s -> {
                skipped.add(s);
                err.println(s);
            });
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "路径不存在：" + e.getFile());
        }
        PreviousFolder.Reports previousFiles = null;
        if (previous != null) {
            if (!Files.exists(previous)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "上年报告的路径不存在：" + previous);
            }
            previousFiles = PreviousFolder.files(previous, out, err::println);
        }
        Severity letters = severity(minSeverity, "--min-severity", false);
        Severity failing = severity(failOn, "--fail-on", true);
        // configuration first: a broken rule or template stops the run before any audit. The loads overlap (the
        // font too, when there will be PDFs): a short run waits for the slowest of them, not for their sum
        InBackground<Templates> loadTemplates = InBackground.start("templates", () -> Templates.load(batch.templates.folder()));
        if (chosen.contains("pdf")) InBackground.start("font", PdfFonts::get);
        Auditor auditor;
        try {
            auditor = Auditor.fromRules(batch.rules.folder());
        } finally {
            loadTemplates.get();
        }
        Templates tpl = loadTemplates.get();
        SimilarityConfig similarity = SimilarityConfig.load(batch.rules.folder());
        if (files.isEmpty()) {
            err.println("没有找到要审查的文件：" + paths);
            return AuditCommand.USAGE;
        }
        Campaign campaign = Campaign.open(out, batch.templates.folder(), tpl.report(), date, letters);
        campaign.warnings().forEach(err::println);
        int n = batch.threads.count();
        Outputs all = Outputs.standard(tpl, auditor.tables(), auditor.rules().codes());
        Outputs outputs = all.only(chosen);
        // an overview file this run does not rebuild (summary.pdf under --no-pdf) would be out of date
        campaign.removeStale(all.batchFiles().stream().filter(f -> !outputs.batchFiles().contains(f)).toList());
        boolean compare = previousFiles != null || (similarity != null && files.size() > 1);
        BatchSummary summary;
        Comparisons comparisons;
        // the comparisons' reading pass keeps the reports it parses (on disk) for the audit: each file is parsed once
        try (ParsedReports parsed = compare ? ParsedReports.open() : null) {
            comparisons = compare
                    ? Comparisons.prepare(files, previousFiles == null ? null : previousFiles.files(),
                            previousFiles == null ? Map.of() : previousFiles.agency(), auditor::parse, similarity,
                            new Parallel(n), parsed).withRoster(campaign::rosterName)
                    : Comparisons.NONE;
            Batch batch = new Batch(f -> auditor.audit(f, comparisons), outputs, n, campaign.date(), campaign);
            summary = batch.run(files, out, auditor.rules().version(), System.console() != null ? System.err : null);
        } catch (OutputFullException full) {
            reportFull(full, err);
            return AuditCommand.FAIL;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("第 " + campaign.run() + " 次审查：审查 " + summary.reports().size() + " 份报告，通过 "
                + summary.passed() + " 份，未通过 " + summary.failed() + " 份"
                + (summary.unreadable().isEmpty() ? "" : "，无法审查 " + summary.unreadable().size() + " 份（不计入通过率）")
                + "。结果在 " + out + "/");
        for (BatchSummary.Entry e : summary.reports()) {
            if (e.problem() != null) err.println(e.file() + ": " + e.problem());
            for (String why : e.ruleFailures()) err.println(e.file() + ": " + why);
        }
        compared(summary, comparisons, stdout, err);
        // a broken rule is the office's to fix: the run says so in its exit code too
        boolean rulesFailed = !summary.withRuleFailures().isEmpty();
        // a skipped folder may hold reports nobody audited: the run is not a clean pass
        boolean failed = summary.reports().stream().anyMatch(e -> e.problem() != null || e.unreadable()
                || (failing != null && e.has(failing)));
        return failed || rulesFailed || !skipped.isEmpty() ? AuditCommand.FAIL : AuditCommand.PASS;
    }

    /** A severity option's value; {@code none} (where allowed) is null. */
    private Severity severity(String value, String option, boolean noneAllowed) {
        if (noneAllowed && "none".equalsIgnoreCase(value)) return null;
        try {
            return Severity.of(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " 应为 error、warning、info"
                    + (noneAllowed ? " 或 none" : "") + "：" + value);
        }
    }

    /** What was compared with what: on stdout the counts, on stderr each report that found no previous one. */
    private static void compared(BatchSummary summary, Comparisons comparisons, PrintWriter stdout, PrintWriter err) {
        if (comparisons.comparesPeers()) {
            stdout.println("同批比对：" + summary.peersCompared() + " 份报告的文字相互比对（内容雷同）。");
        }
        if (comparisons.previous() == null) return;
        var unmatched = summary.unmatched();
        stdout.println("与上年报告比对：上年报告 " + comparisons.previous().size() + " 份，本年 "
                + summary.withPrevious().size() + " 份已对应，" + unmatched.size() + " 份未能对应"
                + (unmatched.isEmpty() ? "。" : "（见 stderr 与 summary）。"));
        for (String why : comparisons.previous().unusable()) err.println("上年报告不可用：" + why);
        for (BatchSummary.Entry e : unmatched) {
            err.println("未能与上年报告对应：" + e.file() + "：" + e.comparison().unmatched());
        }
    }

    private void reportFull(OutputFullException full, PrintWriter err) {
        var written = full.written();
        var missing = full.notWritten();
        err.println("输出目录所在磁盘已满，审查已停止：" + out);
        err.println("已完整写出 " + written.size() + " 份报告的结果，" + missing.size() + " 份未写出"
                + (full.summaryWritten() ? "；汇总 summary.json/csv/pdf 已写出（未写出的报告标为“磁盘已满”）"
                : "；汇总 summary.* 未能写出") + "。已写出的文件都是完整的。");
        int shown = 0;
        for (var e : missing) {
            if (shown++ == 20) {
                err.println("  ……另有 " + (missing.size() - 20) + " 份");
                break;
            }
            err.println("  未写出：" + e.file());
        }
        err.println("腾出磁盘空间后重新运行同一命令即可补齐。");
    }
}
