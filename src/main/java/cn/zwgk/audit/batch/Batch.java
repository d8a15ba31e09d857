package cn.zwgk.audit.batch;

import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.render.AuditView;
import cn.zwgk.audit.render.BatchOutput;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.Outputs;
import cn.zwgk.audit.render.ReportOutput;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Audits many files in parallel and writes, per report, each of its {@link Outputs} ({@code NAME.json},
 * {@code NAME.pdf}…), then the batch's ({@code summary.json}…). One bad file, or one report that fails to render,
 * never stops the others: it is recorded and makes the batch fail.
 */
public final class Batch {

    private final Function<Path, Audit> auditor;
    private final Outputs outputs;
    private final int threads;
    private final LocalDate date;

    /**
     * @param auditor one file to its audit; must not throw for bad input (see {@code pipeline.Auditor#audit})
     * @param outputs what to write
     */
    public Batch(Function<Path, Audit> auditor, Outputs outputs, int threads, LocalDate date) {
        this.auditor = auditor;
        this.outputs = outputs;
        this.threads = Math.max(1, threads);
        this.date = date;
    }

    /**
     * @param progress where to draw progress, or null for none
     */
    public BatchSummary run(List<Path> files, Path outDir, String rulesVersion, PrintStream progress)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Files.createDirectories(outDir);
        Map<Path, String> names = OutputNames.assign(files);
        Progress bar = new Progress(progress, files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "audit-worker");
            t.setDaemon(true);
            return t;
        });
        List<Future<BatchSummary.Entry>> futures = new ArrayList<>();
        try {
            for (Path f : files) {
                String name = names.get(f);
                futures.add(pool.submit(() -> {
                    try {
                        return one(f, name, outDir);
                    } finally {
                        bar.step();
                    }
                }));
            }
            List<BatchSummary.Entry> entries = new ArrayList<>();
            for (Future<BatchSummary.Entry> fu : futures) {
                try {
                    entries.add(fu.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            BatchSummary summary = new BatchSummary(entries, rulesVersion, date, (System.nanoTime() - start) / 1e9,
                    outputs.extensions());
            writeSummary(summary, outDir);
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    private BatchSummary.Entry one(Path file, String name, Path outDir) {
        Audit audit;
        try {
            audit = auditor.apply(file);
        } catch (RuntimeException | StackOverflowError e) {
            // the auditor turns bad input into findings; this is a bug, and it must not cost the other reports
            return new BatchSummary.Entry(file.toString(), name, null, null, "fail", 0, 0, 0, Map.of(),
                    "审查时出错：" + e.getClass().getSimpleName() + "：" + e.getMessage());
        }
        String problem = null;
        try {
            AuditView view = outputs.view(audit, date);
            for (ReportOutput o : outputs.perReport()) {
                try {
                    AtomicFiles.write(outDir.resolve(name + "." + o.extension()), out -> o.write(view, out));
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    problem = "无法生成 " + name + "." + o.extension() + "：" + e.getClass().getSimpleName() + "："
                            + e.getMessage();
                    break;
                }
            }
        } catch (RuntimeException e) {
            problem = "无法整理审查结果：" + e.getClass().getSimpleName() + "：" + e.getMessage();
        }
        return BatchSummary.Entry.of(audit, name, problem);
    }

    private void writeSummary(BatchSummary summary, Path outDir) throws IOException {
        for (BatchOutput o : outputs.perBatch()) AtomicFiles.write(outDir.resolve(o.fileName()), out -> o.write(summary, out));
    }
}
