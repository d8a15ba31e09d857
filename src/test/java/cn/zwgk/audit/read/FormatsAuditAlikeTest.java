package cn.zwgk.audit.read;

import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.pipeline.Auditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every seed, published as a web page, a Word document, a PDF and as text in legacy encodings, gives the same tables,
 * claims, sections and findings as the plain-text original.
 */
class FormatsAuditAlikeTest {

    private static Auditor auditor;
    private static final java.util.Map<Path, Audit> ORIGINALS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void rules() throws Exception {
        auditor = SharedAuditor.get();
    }

    record Case(Path seed, String format) {
        @Override
        public String toString() {
            return seed.getFileName() + " as " + format;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Path seed : SeedText.seeds()) {
            for (String f : List.of("html", "html-gbk", "docx", "pdf", "gbk", "utf-16le", "utf-16be-bom", "utf-8-bom",
                    "traditional-gb18030", "pdf-borderless", "pdf-radicals", "text-radicals", "html-radicals",
                    "docx-radicals")) {
                out.add(new Case(seed, f));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameFactsAndFindingsAsTheText(Case c, @TempDir Path dir) throws Exception {
        SeedText seed = SeedText.of(c.seed());
        Path file = dir.resolve("report-" + c.format());
        Files.write(file, render(seed, c.seed(), c.format()));

        Audit original = ORIGINALS.computeIfAbsent(c.seed(), auditor::audit);
        Audit rendered = auditor.audit(file);
        Report a = original.report(), b = rendered.report();
        assertTrue(b.readable(), () -> b.problems().toString());
        assertFalse(a.cells().isEmpty());

        same(cells(a), cells(b), "cells (table, row, column, state, value, amount)");
        same(claims(a), claims(b), "claims (metric, value, unit, section)");
        assertEquals(a.sums().stream().map(s -> s.total() + "=" + s.parts()).toList(),
                b.sums().stream().map(s -> s.total() + "=" + s.parts()).toList(), "sums");
        assertEquals(a.sections().stream().map(Section::number).toList(),
                b.sections().stream().map(Section::number).toList(), "sections");
        assertEquals(tables(a), tables(b), "tables");
        assertEquals(a.title() == null, b.title() == null, "title");
        if (!c.format().startsWith("traditional") && a.title() != null) {
            assertEquals(a.title().text(), b.title().text(), "title");
        }
        assertEquals(a.year(), b.year(), "year");
        // the agency is printed on the letter: never with radicals in it
        if (c.format().endsWith("radicals")) assertEquals(a.agency(), b.agency(), "agency");
        assertEquals(a.period() == null ? null : a.period().start() + ".." + a.period().end(),
                b.period() == null ? null : b.period().start() + ".." + b.period().end(), "period");
        assertEquals(findings(original), findings(rendered), "finding codes");
    }

    /** Equal lists, or a failure naming what is missing and what is extra. */
    static void same(List<String> expected, List<String> actual, String what) {
        if (expected.equals(actual)) return;
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        org.junit.jupiter.api.Assertions.fail(what + " differ; missing " + missing + ", extra " + extra);
    }

    static byte[] render(SeedText seed, Path original, String format) throws IOException {
        String text = Files.readString(original, StandardCharsets.UTF_8);
        return switch (format) {
            case "html" -> Renderings.html(seed).getBytes(StandardCharsets.UTF_8);
            case "html-gbk" -> Renderings.html(seed).replace("charset=\"utf-8\"", "charset=\"gbk\"")
                    .getBytes(Charset.forName("GBK"));
            case "docx" -> DocxRendering.docx(seed);
            case "pdf" -> PdfRendering.pdf(seed);
            case "pdf-borderless" -> PdfRendering.pdf(seed, false);
            // a text layer that gives radicals (⼀ for 一, ⺠ for 民) as Noto/Source Han fonts often do
            case "pdf-radicals" -> PdfRendering.pdf(SeedText.parse(seed.name, Radicals.radicalised(text)));
            // text copied out of such a PDF, and pasted into a web page or a Word document
            case "text-radicals" -> Radicals.radicalised(text).getBytes(StandardCharsets.UTF_8);
            case "html-radicals" -> Renderings.html(SeedText.parse(seed.name, Radicals.radicalised(text)))
                    .getBytes(StandardCharsets.UTF_8);
            case "docx-radicals" -> DocxRendering.docx(SeedText.parse(seed.name, Radicals.radicalised(text)));
            case "gbk" -> text.getBytes(Charset.forName("GBK"));
            case "utf-16le" -> text.getBytes(StandardCharsets.UTF_16LE);
            case "utf-16be-bom" -> DocumentsTest.bytes(text, StandardCharsets.UTF_16BE, true);
            case "utf-8-bom" -> DocumentsTest.bytes(text, StandardCharsets.UTF_8, true);
            // a mirror in traditional characters, as some sites publish them
            case "traditional-gb18030" -> com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional")
                    .transliterate(text).getBytes(Charset.forName("GB18030"));
            default -> throw new IllegalArgumentException(format);
        };
    }

    static List<String> cells(Report r) {
        return r.cells().stream().map(c -> String.join(",", c.table(), c.row(), c.column(), c.state().name(),
                Objects.toString(c.value()), Objects.toString(c.amount()))).sorted().toList();
    }

    static List<String> claims(Report r) {
        return r.claims().stream().map(c -> c.metric() + "=" + c.value() + c.unit() + "@" + c.section()).sorted()
                .toList();
    }

    static List<String> tables(Report r) {
        return r.tables().stream().map(t -> t.id() + " missing=" + t.missingRows() + " truncated=" + t.truncated())
                .map(String::valueOf).toList();
    }

    static List<String> findings(Audit a) {
        return a.findings().stream().map(f -> f.rule() + (f.table() == null ? "" : " " + f.table())
                + (f.row() == null ? "" : " " + f.row()) + (f.column() == null ? "" : " " + f.column()))
                .sorted().toList();
    }
}
