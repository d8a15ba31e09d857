package cn.zwgk.audit.batch;

import cn.zwgk.audit.limits.Failures;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.Json;
import cn.zwgk.audit.render.ReportPdf;
import cn.zwgk.audit.render.SummaryFiles;
import cn.zwgk.audit.render.SummaryPdf;
import cn.zwgk.audit.render.Templates;

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
 * Audits many files in parallel and writes, per report, {@code NAME.json} and {@code NAME.pdf}, then
 * {@code summary.json}, {@code summary.csv} and {@code summary.pdf}. One bad file, or one report that fails to
 * render, never stops the others: it is recorded and makes the batch fail.
 */
public final class Batch {

    private final Function<Path, Audit> auditor;
    private final Templates templates;
    private final int threads;
    private final boolean pdf;
    private final LocalDate date;

    /**
     * @param auditor one file to its audit; must not throw for bad input (see {@code pipeline.Auditor#audit})
     * @param pdf     false to write JSON only
     */
    public Batch(Function<Path, Audit> auditor, Templates templates, int threads, boolean pdf, LocalDate date) {
        this.auditor = auditor;
        this.templates = templates;
        this.threads = Math.max(1, threads);
        this.pdf = pdf;
        this.date = date;
    }

    /**
     * @param progress where to draw progress, or null for none
     */
    public BatchSummary run(List<Path> files, Path outDir, String rulesVersion, PrintStream progress)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Files.createDirectories(outDir);
        AtomicFiles.removeLeftovers(outDir);
        AtomicBoolean full = new AtomicBoolean();
        Map<Path, String> names = OutputNames.assign(files);
        Progress bar = new Progress(progress, files.size());
        ReportPdf reportPdf = new ReportPdf(templates.report());
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
                        return one(f, name, outDir, reportPdf, full);
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
                    pdf);
            boolean summaryWritten = true;
            try {
                writeSummary(summary, outDir);
            } catch (IOException e) {
                if (!diskFull(e, full)) throw e;
                summaryWritten = false;
            }
            if (full.get()) throw new OutputFullException(outDir, summary, summaryWritten);
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    private BatchSummary.Entry one(Path file, String name, Path outDir, ReportPdf reportPdf, AtomicBoolean full) {
        if (full.get()) return BatchSummary.Entry.failed(file.toString(), name, NOT_WRITTEN);
        Audit audit;
        try {
            audit = auditor.apply(file);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the auditor turns bad input into findings; this is a bug, and it must not cost the other reports
            return BatchSummary.Entry.failed(file.toString(), name, "审查此文件时出错：" + Failures.describe(e));
        }
        String problem = null;
        try {
            AtomicFiles.write(outDir.resolve(name + ".json"), Json.bytes(Json.findings(audit)));
        } catch (IOException | RuntimeException e) {
            problem = diskFull(e, full) ? NOT_WRITTEN : "无法写入 JSON：" + Failures.describe(e);
        }
        if (pdf && problem == null) {
            try {
                AtomicFiles.write(outDir.resolve(name + ".pdf"), out -> reportPdf.write(audit, date, out));
            } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
                problem = diskFull(e, full) ? NOT_WRITTEN : "无法生成 PDF：" + Failures.describe(e);
            }
        }
        return BatchSummary.Entry.of(audit, name, problem);
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

    private void writeSummary(BatchSummary summary, Path outDir) throws IOException {
        AtomicFiles.write(outDir.resolve("summary.json"), Json.bytes(SummaryFiles.json(summary)));
        AtomicFiles.write(outDir.resolve("summary.csv"), SummaryFiles.csv(summary, templates.summary()));
        AtomicFiles.write(outDir.resolve("summary.pdf"),
                out -> new SummaryPdf(templates.summary()).write(summary, out));
    }
}
