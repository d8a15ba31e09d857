package cn.zwgk.audit.render;

import cn.zwgk.audit.engine.Codes;
import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.model.Audit;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * What a batch writes: per report, and once from the batch's summary; with what every output needs to show an audit
 * (the office's templates, the table layout and the codes' Chinese names).
 */
public record Outputs(Templates templates, TableRegistry tables, Codes codes, List<ReportOutput> perReport,
                      List<BatchOutput> perBatch) {

    public Outputs {
        perReport = List.copyOf(perReport);
        perBatch = List.copyOf(perBatch);
    }

    /** The per-report formats {@link #standard} writes, as {@code check --formats} names them. */
    public static final List<String> FORMATS = List.of("json", "pdf", "docx");
    /** The format every report always gets: {@code NAME.json} is the campaign's record of the report. */
    public static final String RECORD = "json";

    /** Everything the product writes. A new output is one class and one line here (and its name in {@link #FORMATS}). */
    public static Outputs standard(Templates templates, TableRegistry tables, Codes codes) {
        Function<String, String> names = codes::name;
        var notice = new cn.zwgk.audit.render.notice.Notice.Source(templates, tables, names);
        return new Outputs(templates, tables, codes,
                List.of(new JsonOutput(),
                        new ReportPdf(templates.report(), tables, codes),
                        new cn.zwgk.audit.render.docx.ReportDocx(templates.report())),
                // the batch's threads take these in this order: the costliest first, so that they end together
                List.of(new cn.zwgk.audit.render.xlsx.FindingsWorkbook(templates, tables, names),
                        new NoticePdf(notice),
                        new cn.zwgk.audit.render.notice.NoticeDocx(notice),
                        new SummaryPdf(templates, codes),
                        BatchOutput.of("summary.json", s -> Json.bytes(SummaryFiles.json(s))),
                        BatchOutput.of("summary.csv", s -> SummaryFiles.csv(s, templates.summary()))));
    }

    /**
     * These outputs without any file of {@code extension}, per report and per batch ({@code check --no-pdf}: no
     * PDF at all, so the font is never loaded).
     */
    public Outputs without(String extension) {
        return new Outputs(templates, tables, codes,
                perReport.stream().filter(o -> !o.extension().equals(extension)).toList(),
                perBatch.stream().filter(o -> !o.fileName().endsWith("." + extension)).toList());
    }

    /**
     * These outputs with, of the per-report formats, only those named (and {@link #RECORD}, always): a format left
     * out goes as in {@link #without}, with its overview files (no docx: no 通报.docx either).
     */
    public Outputs only(java.util.Collection<String> formats) {
        Outputs o = this;
        for (String ext : extensions()) {
            if (!ext.equals(RECORD) && !formats.contains(ext)) o = o.without(ext);
        }
        return o;
    }

    /** The file names of the per-batch outputs. */
    public List<String> batchFiles() {
        return perBatch.stream().map(BatchOutput::fileName).toList();
    }

    /** The extensions of the per-report outputs, in order. */
    public List<String> extensions() {
        return perReport.stream().map(ReportOutput::extension).toList();
    }

    public AuditView view(Audit audit, LocalDate date) {
        return view(audit, LetterContext.plain(audit.report()), date);
    }

    public AuditView view(Audit audit, LetterContext context, LocalDate date) {
        return AuditView.of(audit, context, templates.report(), tables, date, codes::name);
    }
}
