package cn.zwgk.audit.cli;

import cn.zwgk.audit.engine.Codes;
import cn.zwgk.audit.engine.RuleTests;
import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code audit rules check|test}: for whoever edits the rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "检查或测试规则目录。",
        subcommands = {RulesCommand.Check.class, RulesCommand.Test.class})
final class RulesCommand implements Runnable {

    /** How often --watch looks at the files. */
    static final long POLL_MILLIS = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定子命令：check 或 test");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "检查规则目录和模板目录中的每个文件（YAML 格式、正则表达式、指标和表格键、DRL 规则、测试用例），"
                    + "不审查报告；问题以 文件:行号: 说明 输出到标准错误。",
            exitCodeListHeading = "%n退出码：%n", exitCodeList = {"0:规则无误（可能有警告）", "2:规则有误"})
    static final class Check extends Subcommand {

        @Option(names = "--templates", paramLabel = "DIR", description = "同时检查的模板目录（默认 ./templates，存在时）")
        Path templates;

        @Override
        public Integer call() throws Exception {
            RuleCheck check = new RuleCheck(rules.folder(), templatesFolder(templates));
            return run(check, () -> report(check.run(), spec.commandLine().getOut(), spec.commandLine().getErr()));
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "运行规则目录下 tests/ 中的测试用例，逐条输出 PASS/FAIL，并列出没有用例覆盖的发现代码和规则。",
            exitCodeListHeading = "%n退出码：%n", exitCodeList = {"0:全部通过", "1:有用例失败", "2:规则有误"})
    static final class Test extends Subcommand {

        @Option(names = "--name", paramLabel = "PATTERN", description = "只运行名称（或所在文件名）含此正则表达式的用例，例如 --name 表三")
        String name;

        @Override
        public Integer call() throws Exception {
            Pattern filter = null;
            if (name != null) {
                try {
                    filter = Pattern.compile(name);
                } catch (PatternSyntaxException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--name 不是有效的正则表达式：" + e.getDescription());
                }
            }
            RuleCheck check = new RuleCheck(rules.folder(), null);
            Pattern f = filter;
            return run(check, () -> test(check, f, spec.commandLine().getOut(), spec.commandLine().getErr()));
        }
    }

    /** What {@code rules check} and {@code rules test} share: the rule folder, --watch, and running once or watching. */
    abstract static class Subcommand implements Callable<Integer> {

        @CommandLine.Mixin
        Options.Rules rules;

        @CommandLine.Mixin
        Options.Watch watch;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        int run(RuleCheck check, Supplier<Integer> once) {
            return watch.on ? watch(check, once, spec.commandLine().getOut(), Long.MAX_VALUE) : once.get();
        }
    }

    /** The templates folder to check: the one given, else ./templates when there is one. */
    private static Path templatesFolder(Path given) throws ConfigException {
        if (given != null) {
            Options.Templates t = new Options.Templates();
            t.dir = given;
            return t.folder();
        }
        Path fallback = Path.of("templates");
        return Files.isDirectory(fallback) ? fallback : null;
    }

    static int report(RuleCheck.Result r, PrintWriter out, PrintWriter err) {
        for (ConfigProblem p : r.errors()) err.println(p);
        for (ConfigProblem p : r.warnings()) err.println(p);
        err.flush();
        if (!r.ok()) {
            out.println("规则有误：" + r.errors().size() + " 处错误" + (r.warnings().isEmpty() ? ""
                    : "，" + r.warnings().size() + " 条警告") + "（见上）");
            out.flush();
            return AuditCommand.USAGE;
        }
        out.println(codeTable(r.rules().codes()));
        out.println("规则无误（版本 " + r.rules().version() + "）" + (r.warnings().isEmpty() ? ""
                : "，" + r.warnings().size() + " 条警告（见上）"));
        out.flush();
        return AuditCommand.PASS;
    }

    static int test(RuleCheck check, Pattern name, PrintWriter out, PrintWriter err) {
        RuleCheck.Result r = check.run();
        if (!r.ok()) {
            for (ConfigProblem p : r.errors()) err.println(p);
            err.flush();
            out.println("规则有误，未运行用例：" + r.errors().size() + " 处错误（见上）");
            out.flush();
            return AuditCommand.USAGE;
        }
        RuleTests.Suite suite;
        boolean stored = false;
        try {
            if (name == null) {
                RuleTests.Run run = RuleTests.all(check.rulesDir(), r.cases(), r.parser(), r.rules());
                suite = run.suite();
                stored = run.stored();
            } else {
                suite = RuleTests.suite(r.cases(), r.parser(), r.rules(), name);
            }
        } catch (ConfigException e) {
            for (ConfigProblem p : e.problems()) err.println(p);
            err.flush();
            return AuditCommand.USAGE;
        }
        for (RuleTests.CaseResult c : suite.results()) {
            out.println((c.passed() ? "PASS " : "FAIL ") + c.file() + (c.line() > 0 ? ":" + c.line() : "") + " " + c.name());
            if (c.passed()) continue;
            for (String f : c.failures()) out.println("     " + f);
            out.println("     期望：" + c.expected());
            out.println("     实际：" + (c.found().isEmpty() ? "没有任何发现" : String.join("、", c.found())));
        }
        if (!suite.uncoveredCodes().isEmpty()) {
            out.println("没有用例（must）覆盖的发现代码：" + String.join("、", suite.uncoveredCodes()));
        }
        for (ConfigProblem p : suite.uncoveredRules()) out.println(p.file() + ":" + p.line() + ": " + p.message() + "在任何用例中都没有产生发现");
        long failed = suite.failed();
        out.println(suite.results().size() + " 个用例，" + (suite.results().size() - failed) + " 个通过，" + failed + " 个失败"
                + (name != null ? "（--name " + name.pattern() + "）" : "")
                + (stored ? "（规则目录、用例和程序与上次运行时相同：沿用上次的结果；-Dzwgk.cache=off 则重新运行）" : ""));
        out.flush();
        return failed > 0 ? AuditCommand.FAIL : AuditCommand.PASS;
    }

    /**
     * Runs {@code once}, then again after every change of the folders' files, in this one JVM (what is unchanged is
     * not compiled again), printing how long each run took. Returns after {@code runs} runs (never, from the command).
     */
    static int watch(RuleCheck check, Supplier<Integer> once, PrintWriter out, long runs) {
        check.runAgainAndAgain();
        String seen = check.fingerprint();
        long start = System.nanoTime();
        int code = once.get();
        out.printf("—— 用时 %.2f 秒；正在监视改动（Ctrl+C 退出）%n", (System.nanoTime() - start) / 1e9);
        out.flush();
        for (long n = 1; n < runs; n++) {
            String now;
            do {
                sleep(POLL_MILLIS);
                now = check.fingerprint();
            } while (now.equals(seen));
            long changed = System.nanoTime();
            long cpu = cpuNanos();
            // an editor may write a file in steps: wait until it holds still
            for (String again = now; ; now = again) {
                sleep(POLL_MILLIS / 2);
                again = check.fingerprint();
                if (again.equals(now)) break;
            }
            seen = now;
            out.println();
            out.println("—— 文件有改动，重新运行 ——");
            code = once.get();
            // CPU time too: on a busy machine the wall time says more about the neighbours than about the rules
            out.printf("—— 用时 %.2f 秒（发现改动到出结果，CPU %.2f 秒）；正在监视改动（Ctrl+C 退出）%n",
                    (System.nanoTime() - changed) / 1e9, (cpuNanos() - cpu) / 1e9);
            out.flush();
        }
        return code;
    }

    /** CPU time of this JVM so far (all threads, the compiler's and collector's included). */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("中断", e);
        }
    }

    /** The codes as codes.yaml sets them: what the rules will report, how gravely, and which are off. */
    static String codeTable(Codes codes) {
        StringBuilder b = new StringBuilder("发现代码（codes.yaml）：\n");
        for (String code : codes.codes()) {
            b.append(String.format("  %-22s %-7s %s%s%n", code, codes.severity(code).code(), codes.name(code),
                    codes.enabled(code) ? "" : "（已关闭）"));
            for (String variant : codes.variants(code)) {
                b.append(String.format("      变体“%s”：%s%s%n", variant.substring(code.length() + 1),
                        codes.severity(variant).code(), codes.enabled(variant) ? "" : "（已关闭）"));
            }
        }
        return b.toString().stripTrailing();
    }
}
