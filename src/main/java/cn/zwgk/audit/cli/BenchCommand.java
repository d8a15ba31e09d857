package cn.zwgk.audit.cli;

import cn.zwgk.audit.batch.Batch;
import cn.zwgk.audit.batch.RunHooks;
import cn.zwgk.audit.batch.SyntheticReports;
import cn.zwgk.audit.compare.Comparisons;
import cn.zwgk.audit.compare.Parallel;
import cn.zwgk.audit.compare.ParsedReports;
import cn.zwgk.audit.compare.SimilarityConfig;
import cn.zwgk.audit.pipeline.Auditor;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.FindingsSpill;
import cn.zwgk.audit.render.Outputs;
import cn.zwgk.audit.render.Templates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code audit bench}: generates a batch of varied reports from the seed reports and audits it with PDFs, printing
 * reports per second and peak memory. A command, not a timed test: run it on the machine you care about.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "性能测试：用样本报告生成一批报告（默认 1000 份），连同各种输出（--formats 可只选其中几种）一起审查，"
                + "输出每秒份数、CPU 时间和内存峰值。")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "N", defaultValue = "1000", description = "报告份数（默认 ${DEFAULT-VALUE}）")
    int count;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "samples/seeds",
            description = "样本报告目录（默认 ${DEFAULT-VALUE}）")
    Path seeds;

    @CommandLine.Mixin
    Options.Batch batch;

    @CommandLine.Mixin
    Options.Formats formats;

    @Option(names = "--stages", paramLabel = "N", defaultValue = "200",
            description = "批量之后再用单线程逐阶段测多少份（读取、解析、规则、JSON、PDF 及各自下限；0 不测，默认 ${DEFAULT-VALUE}）")
    int stages;

    @Option(names = "--keep", description = "保留生成的报告和输出（默认运行后删除）")
    boolean keep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(seeds)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "样本目录不存在：" + seeds);
        }
        Set<String> chosen = formats.chosen(spec);
        Templates tpl = Templates.load(batch.templates.folder());
        long t0 = System.nanoTime();
        Auditor auditor = Auditor.fromRules(batch.rules.folder());
        double compile = (System.nanoTime() - t0) / 1e9;

        Path work = Files.createTempDirectory("audit-bench");
        Path in = work.resolve("in");
        Path outDir = work.resolve("out");
        List<Path> files = SyntheticReports.generate(seeds, count, in);
        int n = batch.threads.count();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();

        String loadBefore = loadAverage();
        Outputs outputs = Outputs.standard(tpl, auditor.tables(), auditor.rules().codes());
        Outputs written = outputs.only(chosen);
        long jitStart = jitMillis();
        ThreadCpu jvm = ThreadCpu.start();
        long cpuStart = processCpuNanos();
        // the moment every report is done and the overview files begin (on the same threads)
        var overviewStart = new AtomicReference<Moment>();
        RunHooks mark = new RunHooks() {
            @Override
            public BatchSummary overview(BatchSummary run, FindingsSpill spill) {
                overviewStart.set(new Moment(processCpuNanos(), System.nanoTime(), jvm.seconds()));
                return run;
            }
        };
        long start = System.nanoTime();
        // as check does: the reading pass parses every report once (kept for the audit) and compares their texts
        SimilarityConfig similarity = SimilarityConfig.load(batch.rules.folder());
        BatchSummary summary;
        double comparing;
        try (ParsedReports parsed = similarity != null && files.size() > 1 ? ParsedReports.open() : null) {
            Comparisons comparisons = parsed == null ? Comparisons.NONE
                    : Comparisons.prepare(files, null, Map.of(), auditor::parse, similarity, new Parallel(n), parsed);
            comparing = (System.nanoTime() - start) / 1e9;
            summary = new Batch(f -> auditor.audit(f, comparisons), written, n, LocalDate.now(), mark)
                    .run(files, outDir, auditor.rules().version(), System.console() != null ? System.err : null);
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        Moment overview = overviewStart.get();
        double overviewSeconds = (end - overview.wall()) / 1e9;
        long cpuEnd = processCpuNanos();
        double cpu = (cpuEnd - cpuStart) / 1e9;
        var threads = jvm.seconds();
        jvm.close();
        double jit = threads.get("jit") > 0 ? threads.get("jit") : (jitMillis() - jitStart) / 1e3;
        double gc = threads.get("gc");
        double overviews = (cpuEnd - overview.cpu()) / 1e9
                - (threads.get("jit") - overview.jvm().get("jit")) - (threads.get("gc") - overview.jvm().get("gc"));

        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long pdfBytes;
        try (Stream<Path> s = Files.list(outDir)) {
            pdfBytes = s.filter(p -> p.toString().endsWith(".pdf")).mapToLong(BenchCommand::size).sum();
        }
        out.printf("报告 %d 份（%d 线程），规则编译 %.1f 秒%n", files.size(), n, compile);
        out.printf("审查并生成 %s：%.1f 秒，%.1f 份/秒；通过 %d 份，未通过 %d 份%s%n", String.join("、", chosen), seconds,
                files.size() / seconds, summary.passed(), summary.failed(),
                chosen.contains("pdf") ? "；PDF 平均 " + pdfBytes / 1024 / Math.max(1, count) + " KB" : "");
        out.printf("  其中读取并比对各份文字（审查之前，与 check 相同）%.1f 秒%s%n", comparing,
                similarity == null ? "（规则目录没有 similarity.yaml，不比对）" : "");
        // on a busy machine wall time says little; CPU time divided by the cores is what an idle machine would take
        out.printf("CPU 时间 %.1f 秒（每份 %.2f 毫秒）：独占 %d 核时约 %.1f 秒，%.1f 份/秒%n",
                cpu, cpu * 1e3 / files.size(), n, cpu / n, files.size() / (cpu / n));
        double audit = cpu - overviews - jit - gc;
        out.printf("  其中审查线程 %.1f 秒（每份 %.2f 毫秒），汇总文件 %.1f 秒（用时 %.1f 秒），JIT 编译 %.1f 秒，垃圾回收 %.1f 秒%n",
                audit, audit * 1e3 / files.size(), overviews, overviewSeconds, jit, gc);
        out.printf("堆内存峰值 %d MB（上限 -Xmx %d MB）；进程内存峰值 %s%n", peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20, residentPeak());
        if (stages > 0) {
            // after the batch, so every stage is warm; a short warm-up pass first all the same
            List<Path> sample = files.subList(0, Math.min(stages, files.size()));
            StageBench bench = new StageBench(auditor.parser(), auditor.rules(), outputs);
            bench.run(sample, false);
            for (int pass = 0; pass < 3; pass++) bench.run(sample, true);
            bench.print(out);
        }
        out.printf("机器负载（1 分钟平均）：开始时 %s，结束时 %s（%d 核；负载高时以 CPU 时间为准）%n", loadBefore,
                loadAverage(), Runtime.getRuntime().availableProcessors());
        if (keep) {
            out.println("生成的报告和输出保留在 " + work);
        } else {
            delete(work);
        }
        return AuditCommand.PASS;
    }

    /** Milliseconds the JIT compilers have worked so far, or 0 when the JVM does not say. */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** The first field of /proc/loadavg on Linux, else "未知". */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0];
        } catch (IOException | RuntimeException e) {
            return "未知";
        }
    }

    /** A moment of the run: the process's CPU, the wall clock (both in ns), and the JIT's and collector's CPU. */
    private record Moment(long cpu, long wall, Map<String, Double> jvm) {}

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** VmHWM of /proc/self/status on Linux, else "未知". */
    private static String residentPeak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return (kb >> 10) + " MB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return "未知";
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
