package cn.zwgk.audit.cli;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code audit}: the command line. Exit codes: 0 all pass, 1 some report fails or is unreadable, 2 usage or config. */
@Command(name = "audit", mixinStandardHelpOptions = true, version = "zwgk-audit 0.1.0",
        resourceBundle = "cn.zwgk.audit.cli.Messages",
        description = "审查政府信息公开工作年度报告：逐份生成审查意见 PDF 和 JSON，并生成批次汇总。",
        subcommands = {CheckCommand.class, ParseCommand.class, RulesCommand.class, BenchCommand.class},
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:全部报告通过", "1:有报告存在“错误”级问题或无法读取", "2:用法错误、规则或模板有误"})
public final class AuditCommand implements Runnable {

    public static final int PASS = 0;
    public static final int FAIL = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定子命令：check、parse、rules 或 bench");
    }

    public static void main(String[] args) {
        // Chinese must print correctly whatever LANG says (under LANG=C Java would print '?')
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        int code = commandLine().execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** picocli words its own usage errors in English; the clerk reads Chinese. Our own messages pass as they are. */
    static String usageProblem(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException m) {
            return "缺少必需的参数：" + m.getMissing().stream()
                    .map(a -> a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel())
                    .collect(java.util.stream.Collectors.joining("、"));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return "无法识别的参数或选项：" + String.join(" ", u.getUnmatched());
        }
        return e.getMessage();
    }

    /** The configured command line, writing to System.out and System.err. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AuditCommand());
        cl.setOut(new PrintWriter(System.out, true));
        cl.setErr(new PrintWriter(System.err, true));
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(usageProblem(e));
            cmd.usage(cmd.getErr());
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof ConfigException ce) {
                for (ConfigProblem p : ce.problems()) err.println(p);
            } else if (e instanceof java.io.IOException) {
                err.println("文件读写错误：" + e.getMessage());
            } else {
                // never a stack trace: one line a clerk can act on
                err.println("错误：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            err.flush();
            return USAGE;
        });
        return cl;
    }
}
