package cn.zwgk.audit.batch;

import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.render.BatchSummary;
import cn.zwgk.audit.render.Json;
import cn.zwgk.audit.render.ReportPdf;
import cn.zwgk.audit.render.SummaryFiles;
import cn.zwgk.audit.render.SummaryPdf;
import cn.zwgk.audit.render.Templates;

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
 * Audits many files in parallel and writes, per report, {@code NAME.json} and {@code NAME.pdf}, then
 * {@code summary.json}, {@code summary.csv} and {@code summary.pdf}. One bad file, or one report that fails to
 * render, never stops the others: it is recorded and makes the batch fail.
 */
public final class Batch {

    private final Function<Path, Audit> auditor;
    private final Templates templates;
    private final TableRegistry tables;
    private final int threads;
    private final boolean pdf;
    private final LocalDate date;

    /**
     * @param auditor one file to its audit; must not throw for bad input (see {@code pipeline.Auditor#audit})
     * @param pdf     false to write JSON only
     */
    public Batch(Function<Path, Audit> auditor, TableRegistry tables, Templates templates, int threads, boolean pdf,
                 LocalDate date) {
        this.auditor = auditor;
        this.tables = tables;
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
        Map<Path, String> names = OutputNames.assign(files);
        Progress bar = new Progress(progress, files.size());
        ReportPdf reportPdf = new ReportPdf(templates.report(), tables);
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
                        return one(f, name, outDir, reportPdf);
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
            writeSummary(summary, outDir);
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    private BatchSummary.Entry one(Path file, String name, Path outDir, ReportPdf reportPdf) {
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
            AtomicFiles.write(outDir.resolve(name + ".json"), Json.bytes(Json.findings(audit)));
        } catch (IOException | RuntimeException e) {
            problem = "无法写入 JSON：" + e.getMessage();
        }
        if (pdf && problem == null) {
            try {
                AtomicFiles.write(outDir.resolve(name + ".pdf"), out -> reportPdf.write(audit, date, out));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                problem = "无法生成 PDF：" + e.getClass().getSimpleName() + "：" + e.getMessage();
            }
        }
        return BatchSummary.Entry.of(audit, name, problem);
    }

    private void writeSummary(BatchSummary summary, Path outDir) throws IOException {
        AtomicFiles.write(outDir.resolve("summary.json"), Json.bytes(SummaryFiles.json(summary)));
        AtomicFiles.write(outDir.resolve("summary.csv"), SummaryFiles.csv(summary, templates.summary()));
        AtomicFiles.write(outDir.resolve("summary.pdf"),
                out -> new SummaryPdf(templates.summary()).write(summary, out));
    }
}
