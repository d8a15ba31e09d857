package cn.zwgk.audit.cli;

import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.pipeline.Auditor;
import cn.zwgk.audit.render.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code audit parse FILE}: the parsed report as JSON, to see what the rules will see. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "解析一份报告，以 JSON 输出解析结果（标题、各部分、表格单元格、正文中的数字）。",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:已解析", "1:文件无法读取", "2:用法错误或规则配置有误"})
final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "报告文件")
    Path file;

    @CommandLine.Mixin
    Options.Rules rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "文件不存在：" + file);
        }
        Report report = Auditor.parse(ReportParser.fromRules(rules.folder()), file);
        PrintStream out = System.out;
        Json.write(report, out);
        out.println();
        out.flush();
        return report.readable() ? AuditCommand.PASS : AuditCommand.FAIL;
    }
}
