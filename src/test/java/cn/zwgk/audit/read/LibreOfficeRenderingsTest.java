package cn.zwgk.audit.read;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.pipeline.Auditor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static cn.zwgk.audit.read.FormatsAuditAlikeTest.cells;
import static cn.zwgk.audit.read.FormatsAuditAlikeTest.findings;
import static cn.zwgk.audit.read.FormatsAuditAlikeTest.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every seed as LibreOffice renders it to PDF and to .docx (scripts/render-samples.sh: narrow columns, so labels and
 * headers wrap over lines; table 三 across a page break with a running header and the page number between its rows;
 * the title in two lines) gives the same cells, sections, header and findings as its text; and so do the two real web
 * pages rendered as they are (Word-pasted tables: labels underlined and wrapped in narrow cells, table 三 across
 * pages) as the pages themselves.
 */
class LibreOfficeRenderingsTest {

    private static final java.util.Map<Path, Audit> ORIGINALS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The document as the agency wrote it, and LibreOffice's rendering of it. */
    record Case(Path seed, Path rendering) {
        @Override
        public String toString() {
            return rendering.getFileName().toString();
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Path seed : SeedText.seeds()) {
            String name = seed.getFileName().toString().replaceAll("\\.txt$", "");
            for (String ext : List.of("pdf", "docx")) {
                out.add(new Case(seed, Fixtures.LIBREOFFICE.resolve(name + "." + ext)));
            }
        }
        for (String page : List.of("pingtan_2021", "pingtan_2022")) {
            for (String ext : List.of("pdf", "docx")) {
                out.add(new Case(Fixtures.REAL_HTML.resolve(page + ".html"),
                        Fixtures.LIBREOFFICE.resolve(page + "." + ext)));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameCellsAndFindingsAsTheText(Case c) throws Exception {
        assertTrue(Files.isRegularFile(c.rendering()), "missing fixture; run scripts/render-samples.sh");
        Auditor auditor = SharedAuditor.get();
        Audit original = ORIGINALS.computeIfAbsent(c.seed(), auditor::audit);
        Audit rendered = auditor.audit(c.rendering());
        Report a = original.report(), b = rendered.report();
        assertTrue(b.readable(), () -> b.problems().toString());
        same(cells(a), cells(b), "cells (table, row, column, state, value, amount)");
        assertEquals(a.sections().stream().map(Section::number).toList(),
                b.sections().stream().map(Section::number).toList(), "sections");
        assertEquals(FormatsAuditAlikeTest.tables(a), FormatsAuditAlikeTest.tables(b), "tables");
        assertEquals(a.agency(), b.agency(), "agency");
        assertEquals(a.year(), b.year(), "year");
        assertEquals(a.period() == null ? null : a.period().start() + ".." + a.period().end(),
                b.period() == null ? null : b.period().start() + ".." + b.period().end(), "period");
        same(findings(original), findings(rendered), "finding codes");
    }
}
