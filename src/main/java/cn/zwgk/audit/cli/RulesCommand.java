package cn.zwgk.audit.cli;

import cn.zwgk.audit.audit.Codes;
import cn.zwgk.audit.audit.RuleBase;
import cn.zwgk.audit.audit.RuleTests;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code audit rules check|test}: for whoever edits the rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "检查或测试规则目录。",
        subcommands = {RulesCommand.Check.class, RulesCommand.Test.class})
final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定子命令：check 或 test");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "只编译规则，不审查报告；问题以 file:line: message 输出到标准错误。",
            exitCodeListHeading = "%n退出码：%n", exitCodeList = {"0:规则无误", "2:规则有误"})
    static final class Check implements Callable<Integer> {

        @CommandLine.Mixin
        Options.Rules rules;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            RuleBase base = RuleBase.compile(rules.folder());
            PrintWriter out = spec.commandLine().getOut();
            for (var w : base.warnings()) spec.commandLine().getErr().println(w);
            out.println(codeTable(base.codes()));
            out.println("规则无误（版本 " + base.version() + "）" + (base.warnings().isEmpty() ? ""
                    : "，" + base.warnings().size() + " 条警告（见上）"));
            return AuditCommand.PASS;
        }
    }

    /** The codes as codes.yaml sets them: what the rules will report, how gravely, and which are off. */
    static String codeTable(Codes codes) {
        StringBuilder b = new StringBuilder("发现代码（codes.yaml）：\n");
        for (String code : codes.codes()) {
            b.append(String.format("  %-22s %-7s %s%s%n", code, codes.severity(code).code(), codes.name(code),
                    codes.enabled(code) ? "" : "（已关闭）"));
        }
        return b.toString().stripTrailing();
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "运行规则目录下 tests/ 中的测试用例，逐条输出 PASS/FAIL。",
            exitCodeListHeading = "%n退出码：%n", exitCodeList = {"0:全部通过", "1:有用例失败", "2:规则有误"})
    static final class Test implements Callable<Integer> {

        @CommandLine.Mixin
        Options.Rules rules;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<RuleTests.CaseResult> results = RuleTests.run(rules.folder());
            PrintWriter out = spec.commandLine().getOut();
            int failed = 0;
            for (RuleTests.CaseResult r : results) {
                out.println((r.passed() ? "PASS " : "FAIL ") + r.file() + " " + r.name());
                for (String f : r.failures()) out.println("     " + f);
                if (!r.passed()) failed++;
            }
            out.println(results.size() + " 个用例，" + (results.size() - failed) + " 个通过，" + failed + " 个失败");
            return failed > 0 ? AuditCommand.FAIL : AuditCommand.PASS;
        }
    }
}
