package cn.zwgk.audit.cli;

import cn.zwgk.audit.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How `check`'s letters break into pages, read back from the PDFs it writes. */
class LetterPagesTest {

    /**
     * The findings' heading goes to the page of the first finding: in these two real reports' letters the first
     * finding's box (kept whole) did not fit under the verdict, and 审查发现 stood alone at the foot of page 1.
     */
    @Test
    void theFindingsHeadingGoesWithTheFirstFinding(@TempDir Path out) throws Exception {
        List<String> names = List.of("005", "096");
        String[] args = {"check", "--out", out.toString(), "--formats", "pdf",
                Fixtures.REAL_OPENINGS_2.resolve("005.txt").toString(),
                Fixtures.REAL_OPENINGS_2.resolve("096.txt").toString()};
        assertEquals(1, Cli.run(args).code());
        for (String name : names) {
            try (PDDocument doc = Loader.loadPDF(out.resolve(name + ".pdf").toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                int pages = 0;
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    List<String> lines = stripper.getText(doc).lines().map(String::strip).toList();
                    int at = lines.indexOf("审查发现");
                    if (at < 0) continue;
                    pages++;
                    assertTrue(lines.subList(at, lines.size()).stream().anyMatch(l -> l.startsWith("1.")),
                            name + ": 审查发现 without its first finding on page " + page + ": " + lines);
                }
                assertEquals(1, pages, name);
            }
        }
    }
}
