package cn.zwgk.audit.cli;

import cn.zwgk.audit.batch.Batch;
import cn.zwgk.audit.batch.InputFiles;
import cn.zwgk.audit.pipeline.Auditor;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.Outputs;
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
import java.util.List;
import java.util.concurrent.Callable;

/** {@code audit check PATH...}: audits files and folders and writes the PDFs, JSON and batch summary. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "审查文件和文件夹（递归）中的年度报告，每份报告生成 NAME.pdf 和 NAME.json，并生成 summary.json、"
                + "summary.csv、summary.pdf。",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:全部报告通过", "1:有报告存在“错误”级问题或无法读取", "2:用法错误、规则或模板有误"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports-out", description = "输出目录（默认 ${DEFAULT-VALUE}）")
    Path out;

    @CommandLine.Mixin
    Options.Rules rules;

    @CommandLine.Mixin
    Options.Templates templates;

    @CommandLine.Mixin
    Options.Threads threads;

    @Option(names = "--no-pdf", description = "只生成 JSON 和汇总，不生成逐份 PDF")
    boolean noPdf;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "输出目录不是文件夹：" + out);
        }
        List<Path> files;
        try {
            files = InputFiles.collect(paths, out);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "路径不存在：" + e.getFile());
        }
        // configuration first: a broken rule or template stops the run before any audit
        Templates tpl = Templates.load(templates.folder());
        Auditor auditor = Auditor.fromRules(rules.folder());
        if (files.isEmpty()) {
            err.println("没有找到要审查的文件：" + paths);
            return AuditCommand.USAGE;
        }
        int n = threads.count();
        Outputs outputs = Outputs.standard(tpl, auditor.tables());
        if (noPdf) outputs = outputs.without("pdf");
        Batch batch = new Batch(auditor::audit, outputs, n, LocalDate.now());
        BatchSummary summary = batch.run(files, out, auditor.rules().version(),
                System.console() != null ? System.err : null);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("已审查 " + summary.reports().size() + " 份报告：通过 " + summary.passed() + " 份，未通过 "
                + summary.failed() + " 份（通过率 " + summary.passRate() + "）。结果在 " + out + "/");
        for (BatchSummary.Entry e : summary.reports()) {
            if (e.problem() != null) err.println(e.file() + ": " + e.problem());
        }
        return summary.failed() > 0 ? AuditCommand.FAIL : AuditCommand.PASS;
    }
}
