package cn.zwgk.audit.batch;

import cn.zwgk.audit.limits.Failures;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.render.AuditView;
import cn.zwgk.audit.render.BatchOutput;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.FindingsSpill;
import cn.zwgk.audit.render.LetterContext;
import cn.zwgk.audit.render.Outputs;
import cn.zwgk.audit.render.ReportOutput;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
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
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final RunHooks hooks;

    /**
     * @param auditor one file to its audit; must not throw for bad input (see {@code pipeline.Auditor#audit})
     * @param outputs what to write
     */
    public Batch(Function<Path, Audit> auditor, Outputs outputs, int threads, LocalDate date) {
        this(auditor, outputs, threads, date, RunHooks.NONE);
    }

    /** A batch inside orchestration (a campaign) that names, prepares and sums up its reports. */
    public Batch(Function<Path, Audit> auditor, Outputs outputs, int threads, LocalDate date, RunHooks hooks) {
        this.auditor = auditor;
        this.outputs = outputs;
        this.threads = Math.max(1, threads);
        this.date = date;
        this.hooks = hooks;
    }

    /**
     * @param progress where to draw progress, or null for none
     * @return this run's reports, their counts (their findings were in a temporary file, gone once the per-batch
     *         outputs were written from {@link RunHooks#overview} of them)
     */
    public BatchSummary run(List<Path> files, Path outDir, String rulesVersion, PrintStream progress)
            throws IOException, InterruptedException {
        try (FindingsSpill spill = FindingsSpill.open()) {
            return run(files, outDir, rulesVersion, progress, spill);
        }
    }

    private BatchSummary run(List<Path> files, Path outDir, String rulesVersion, PrintStream progress,
                             FindingsSpill spill) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Files.createDirectories(outDir);
        AtomicFiles.removeLeftovers(outDir);
        AtomicBoolean full = new AtomicBoolean();
        Map<Path, String> names = hooks.names(files);
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
                        return one(f, name, outDir, full).spilled(spill);
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
            boolean summaryWritten = true;
            try {
                writeSummary(hooks.overview(summary, spill), outDir, pool);
            } catch (IOException | RuntimeException e) {
                // OpenPDF wraps a failed write in its ExceptionConverter (a RuntimeException)
                if (!diskFull(e, full)) throw e;
                summaryWritten = false;
            }
            if (full.get()) throw new OutputFullException(outDir, summary, summaryWritten);
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    private BatchSummary.Entry one(Path file, String name, Path outDir, AtomicBoolean full) {
        if (full.get()) return BatchSummary.Entry.failed(file.toString(), name, NOT_WRITTEN);
        Audit audit;
        try {
            audit = auditor.apply(file);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the auditor turns bad input into findings; this is a bug, and it must not cost the other reports
            return BatchSummary.Entry.failed(file.toString(), name, "审查此文件时出错：" + Failures.describe(e));
        }
        String problem = null;
        LetterContext context = LetterContext.plain(audit.report());
        try {
            RunHooks.Prepared prepared = hooks.prepare(file, name, audit);
            audit = prepared.audit();
            context = prepared.context();
            AuditView view = outputs.view(audit, context, date);
            boolean letter = audit.findings().stream().noneMatch(f -> BatchSummary.INPUT_UNREADABLE.equals(f.rule()));
            for (ReportOutput o : outputs.perReport()) {
                if (o.letter() && !letter) continue;
                try {
                    AtomicFiles.write(outDir.resolve(name + "." + o.extension()), out -> o.write(view, out));
                } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    problem = diskFull(e, full) ? NOT_WRITTEN
                            : "无法生成 " + o.extension().toUpperCase(java.util.Locale.ROOT) + "：" + Failures.describe(e);
                    break;
                }
            }
        } catch (RuntimeException | IOException e) {
            problem = diskFull(e, full) ? NOT_WRITTEN : "无法整理审查结果：" + Failures.describe(e);
        }
        return BatchSummary.Entry.of(audit, name, problem, context, date);
    }

    private static final String NOT_WRITTEN = "输出磁盘已满，未写出（腾出空间后重新运行即可补齐）";

    /** A write failed for want of space: the run stops auditing, since nothing more could be written. */
    private static boolean diskFull(Throwable e, AtomicBoolean full) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t instanceof FileSystemException fse ? fse.getReason() : t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("Disk quota exceeded"))) {
                full.set(true);
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    /**
     * Writes every overview file, side by side on the batch's threads (they only read the summary and the spilled
     * findings); one that fails costs only itself: the others are written, then the failures are said together. A
     * full disk is thrown once every file has ended (nothing more could be written).
     */
    private void writeSummary(BatchSummary summary, Path outDir, ExecutorService pool)
            throws IOException, InterruptedException {
        List<Future<String>> written = new ArrayList<>();
        for (BatchOutput o : outputs.perBatch()) written.add(pool.submit(() -> writeOne(o, summary, outDir)));
        List<String> failed = new ArrayList<>();
        Throwable fullDisk = null;
        for (Future<String> w : written) {
            try {
                String problem = w.get();
                if (problem != null) failed.add(problem);
            } catch (ExecutionException e) {
                if (fullDisk == null) fullDisk = e.getCause();
            }
        }
        if (fullDisk instanceof IOException io) throw io;
        if (fullDisk instanceof RuntimeException r) throw r;
        if (fullDisk instanceof Error err) throw err;
        if (!failed.isEmpty()) {
            throw new IOException("以下汇总文件未能生成（其余已写出）：" + String.join("；", failed));
        }
    }

    /** One overview file: null when written, else what went wrong; throws only for a full disk. */
    private static String writeOne(BatchOutput o, BatchSummary summary, Path outDir) throws IOException {
        try {
            AtomicFiles.write(outDir.resolve(o.fileName()), out -> o.write(summary, out));
            return null;
        } catch (IOException | RuntimeException e) {
            if (diskFull(e, new AtomicBoolean())) throw e;
            return o.fileName() + "：" + Failures.describe(e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return o.fileName() + "：" + Failures.describe(e);
        }
    }
}
