package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.read.Documents;
import cn.zwgk.audit.read.SourceDocument;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the rule base, not a test: cold start (compile the rules and audit one seed in a fresh JVM) and warm audits
 * (parse + rules, and rules alone) over the five seeds. Run from the project directory:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) cn.zwgk.audit.engine.RuleBenchmark
 * </pre>
 */
public final class RuleBenchmark {

    public static void main(String[] args) throws Exception {
        Path rulesDir = Path.of(args.length > 0 ? args[0] : "rules");
        Path seeds = args.length > 1 ? Path.of(args[1]) : Fixtures.SEEDS;
        List<Path> files;
        try (var s = Files.list(seeds)) {
            files = s.sorted().toList();
        }
        // wall time suffers when other processes share the cores; process CPU time says what the work costs
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        RuleBase rules = RuleBase.compile(rulesDir);
        long t1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        ReportParser parser = ReportParser.fromRules(rulesDir);
        int first = rules.evaluate(parser.parse(Documents.read(files.get(1)))).size();
        long t2 = System.nanoTime();
        long cpu2 = os.getProcessCpuTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf("cold: compile %d ms (process CPU %d ms), parser config + first audit %d ms (CPU %d ms, %d "
                        + "findings); JVM uptime %d ms, load average %.1f on %d cores%n",
                ms(t1 - t0), ms(cpu1 - cpu0), ms(t2 - t1), ms(cpu2 - cpu1), first, uptime,
                os.getSystemLoadAverage(), os.getAvailableProcessors());

        List<SourceDocument> docs = new ArrayList<>();
        for (Path f : files) docs.add(Documents.read(f));
        List<Report> reports = docs.stream().map(parser::parse).toList();
        for (int i = 0; i < 2000; i++) rules.evaluate(reports.get(i % reports.size()));  // warm-up

        var threads = ManagementFactory.getThreadMXBean();
        int n = 5000;
        long a = System.nanoTime();
        long ca = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) rules.evaluate(parser.parse(docs.get(i % docs.size())));
        long b = System.nanoTime();
        long cb = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) rules.evaluate(reports.get(i % reports.size()));
        long c = System.nanoTime();
        long cc = threads.getCurrentThreadCpuTime();
        System.out.printf("warm, one thread, %d reports: parse + rules %.0f µs/report (thread CPU %.0f µs), "
                        + "rules alone %.0f µs/report (thread CPU %.0f µs)%n",
                n, (b - a) / 1000.0 / n, (cb - ca) / 1000.0 / n, (c - b) / 1000.0 / n, (cc - cb) / 1000.0 / n);

        long r0 = System.nanoTime();
        RuleBase.compile(rulesDir);
        System.out.printf("recompile in the same process: %d ms%n", ms(System.nanoTime() - r0));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
