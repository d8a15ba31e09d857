package cn.zwgk.audit.cli;

import cn.zwgk.audit.engine.EmptyRules;
import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.limits.Budget;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.read.Documents;
import cn.zwgk.audit.read.SourceDocument;
import cn.zwgk.audit.read.UnreadableInputException;
import cn.zwgk.audit.render.AuditView;
import cn.zwgk.audit.render.Json;
import cn.zwgk.audit.render.Outputs;
import cn.zwgk.audit.render.PdfFonts;
import cn.zwgk.audit.render.ReportOutput;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-stage part of {@code audit bench}: one thread takes reports through read, parse, rules, JSON and PDF one
 * stage at a time, and beside each stage its floor, the least that stage could cost on the same report, measured in
 * the same run so that the ratios hold on a busy machine too:
 * <ul>
 * <li>read + parse: the file's bytes decoded as UTF-8 and NFKC-normalised (what any reader must do to the text);</li>
 * <li>rules: the same facts through the same session machinery over a rule base with no rule ({@link EmptyRules});</li>
 * <li>JSON: the findings list written by a plain Jackson mapper;</li>
 * <li>PDF: a one-page document with the embedded main font and a single Chinese character.</li>
 * </ul>
 * CPU time is this thread's around each stage's loop over all the reports (the batch is idle by then), except for
 * the rules, which fire on a thread of their own: for them the process's.
 */
final class StageBench {

    static final String[] STAGES = {"读取", "解析", "规则", "JSON", "PDF"};
    private static final int READ = 0, PARSE = 1, RULES = 2, JSON = 3, PDF = 4;

    private final ReportParser parser;
    private final RuleBase rules;
    private final RuleBase empty;
    private final Outputs outputs;
    private final ObjectMapper plain = new ObjectMapper();

    /** CPU nanoseconds summed per stage, and per floor (read+parse share one floor). */
    final long[] stage = new long[5];
    final long[] floor = new long[5];
    int measured;
    /** CPU nanoseconds of the other per-report outputs (no floor: not one of the measured stages). */
    long other;

    StageBench(ReportParser parser, RuleBase rules, Outputs outputs) {
        this.parser = parser;
        this.rules = rules;
        this.empty = EmptyRules.of(rules);
        this.outputs = outputs;
    }

    /**
     * Takes {@code files} through every stage and floor, each stage as one loop over all the files (the clock is
     * read around the loop, not per report); {@code count} false for a warm-up pass.
     */
    void run(List<Path> files, boolean count) throws IOException {
        int n = files.size();
        LocalDate date = LocalDate.now();
        long[] s = new long[5], fl = new long[5];
        SourceDocument[] docs = new SourceDocument[n];
        String[] problems = new String[n];
        long t = cpu();
        for (int i = 0; i < n; i++) {
            try {
                docs[i] = Documents.read(files.get(i));
            } catch (UnreadableInputException e) {
                problems[i] = e.getMessage();
            }
        }
        s[READ] = -t + (t = cpu());
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            if (Normalizer.normalize(text, Normalizer.Form.NFKC).isEmpty() && !text.isEmpty()) {
                throw new IllegalStateException();
            }
        }
        fl[READ] = -t + (t = cpu());
        Report[] reports = new Report[n];
        for (int i = 0; i < n; i++) {
            Budget.start("读取和解析", Budget.PARSE_MILLIS);
            try {
                reports[i] = docs[i] == null ? Report.unreadable(files.get(i).toString(), null, problems[i])
                        : parser.parse(docs[i]);
            } finally {
                Budget.end();
            }
        }
        s[PARSE] = -t + (t = cpu());
        // the rules fire on a thread of their own: the process's clock (10 ms ticks, read around a long loop)
        List<List<Finding>> findings = new ArrayList<>(n);
        long p = processCpu();
        for (Report r : reports) findings.add(rules.evaluate(r));
        s[RULES] = -p + (p = processCpu());
        for (Report r : reports) empty.evaluate(r);
        fl[RULES] = -p + processCpu();
        t = cpu();
        ReportOutput json = output("json"), pdf = output("pdf");
        AuditView[] views = new AuditView[n];
        for (int i = 0; i < n; i++) {
            views[i] = outputs.view(new Audit(reports[i], findings.get(i), rules.version(), 0), date);
            json.write(views[i], new ByteArrayOutputStream(16 * 1024));
        }
        s[JSON] = -t + (t = cpu());
        for (List<Finding> f : findings) {
            if (plain.writeValueAsBytes(f).length == 0) throw new IllegalStateException();
        }
        fl[JSON] = -t + (t = cpu());
        for (AuditView v : views) pdf.write(v, new ByteArrayOutputStream(128 * 1024));
        s[PDF] = -t + (t = cpu());
        for (int i = 0; i < n; i++) onePage();
        fl[PDF] = -t + (t = cpu());
        // the per-report outputs besides JSON and PDF (the Word letter), outside the stages but paid per report
        for (ReportOutput o : outputs.perReport()) {
            if (o == json || o == pdf) continue;
            for (AuditView v : views) o.write(v, new ByteArrayOutputStream(64 * 1024));
        }
        long others = cpu() - t;
        if (count) {
            for (int i = 0; i < 5; i++) {
                stage[i] += s[i];
                floor[i] += fl[i];
            }
            measured += n;
            other += others;
        }
    }

    private ReportOutput output(String extension) {
        return outputs.perReport().stream().filter(o -> o.extension().equals(extension)).findFirst().orElseThrow();
    }

    private static void onePage() {
        Document doc = new Document();
        PdfWriter.getInstance(doc, new ByteArrayOutputStream(8 * 1024));
        doc.open();
        doc.add(new Paragraph("审", PdfFonts.get().regular(11)));
        doc.close();
    }

    /** The table: per stage its CPU, its floor and the ratio, in milliseconds per report. */
    void print(PrintWriter out) {
        double n = Math.max(1, measured);
        out.printf("各阶段每份报告 CPU（单线程，%d 份，毫秒；下限在同一次运行中测得）：%n", measured);
        out.printf("  %-10s %8s %8s %7s%n", "阶段", "实测", "下限", "倍数");
        row(out, "读取+解析", (stage[READ] + stage[PARSE]) / n, floor[READ] / n, "（UTF-8 解码 + NFKC）");
        out.printf("    %-8s %8.3f%n", "其中读取", stage[READ] / n / 1e6);
        out.printf("    %-8s %8.3f%n", "其中解析", stage[PARSE] / n / 1e6);
        row(out, "规则", stage[RULES] / n, floor[RULES] / n, "（同样的事实，空规则库）");
        row(out, "JSON", stage[JSON] / n, floor[JSON] / n, "（Jackson 直接写出 findings）");
        row(out, "PDF", stage[PDF] / n, floor[PDF] / n, "（一页、一个汉字、同一嵌入字体）");
        long total = 0, floors = 0;
        for (int i = 0; i < 5; i++) {
            total += stage[i];
            floors += floor[i];
        }
        row(out, "合计", total / n, floors / n, "");
        List<String> rest = outputs.extensions().stream().filter(e -> !e.equals("json") && !e.equals("pdf")).toList();
        if (!rest.isEmpty()) out.printf("  另有其他逐份输出（%s）%8.3f%n", String.join("、", rest), other / n / 1e6);
    }

    private static void row(PrintWriter out, String name, double nanos, double floorNanos, String what) {
        out.printf("  %-10s %8.3f %8.3f %6.1f×  %s%n", name, nanos / 1e6, floorNanos / 1e6,
                floorNanos > 0 ? nanos / floorNanos : 0, what);
    }

    /** This thread's CPU time: nanosecond-exact, for the stages that run on this thread alone. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
