package cn.zwgk.audit.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfReaderTest {

    static List<Path> seeds() throws IOException {
        return SeedText.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aPdfReadsAsTheReportsLines(Path seedFile, @TempDir Path dir) throws Exception {
        SeedText seed = SeedText.of(seedFile);
        Path file = dir.resolve("report.html");
        Files.write(file, PdfRendering.pdf(seed));
        SourceDocument doc = Documents.read(file);
        assertEquals("pdf", doc.format());
        Lines.assertSame(PdfRendering.expectedLines(seed),
                doc.lines().stream().map(l -> l.text().replaceAll("\\s+", "")).toList());
    }

    @Test
    void aTableContinuesAcrossPagesWithoutThePageNumber() throws Exception {
        SeedText seed = SeedText.of(seeds().get(1));
        SourceDocument doc = Documents.read("x.pdf", PdfRendering.pdf(seed));
        List<SourceLine> lines = doc.lines();
        boolean split = false;
        for (int i = 1; i < lines.size(); i++) {
            String a = lines.get(i - 1).origin(), b = lines.get(i).origin();
            if (a != null && b != null && a.contains("表格") && b.contains("表格") && !a.startsWith(b.substring(0, 3))) {
                split = true;
            }
        }
        assertTrue(split, "the rendering should put a table across a page break");
        assertTrue(lines.stream().noneMatch(l -> l.text().matches("-\\s*\\d+\\s*-")));
    }

    @Test
    void aPasswordProtectedPdfSaysSo() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(PdfRendering.pdf(SeedText.of(seeds().get(0))))) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(out);
        }
        var e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableInputException.class,
                () -> Documents.read("locked.pdf", out.toByteArray()));
        assertTrue(e.getMessage().contains("已加密"), e.getMessage());
    }

    @Test
    void aPdfWithoutTextIsAScanAndSaysSo() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var doc = new com.lowagie.text.Document();
        var writer = com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
        doc.open();
        var cb = writer.getDirectContent();
        cb.rectangle(100, 100, 300, 400);
        cb.stroke();
        writer.setPageEmpty(false);
        doc.close();
        var e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableInputException.class,
                () -> Documents.read("scan.pdf", out.toByteArray()));
        assertTrue(e.getMessage().contains("没有可提取的文字"), e.getMessage());
    }

    @Test
    void aTruncatedPdfSaysSoOrYieldsWhatItHas(@TempDir Path dir) throws Exception {
        byte[] good = PdfRendering.pdf(SeedText.of(seeds().get(0)));
        byte[] cut = Arrays.copyOf(good, good.length / 3);
        try {
            SourceDocument doc = Documents.read("cut.pdf", cut);
            assertTrue(doc.lines().size() < PdfRendering.expectedLines(SeedText.of(seeds().get(0))).size());
        } catch (UnreadableInputException e) {
            assertTrue(e.getMessage().startsWith("PDF"), e.getMessage());
        }
        String reason = DocumentsTest.reason(dir, "%PDF-1.4\n%garbage\n".getBytes());
        assertTrue(reason.startsWith("PDF"), reason);
    }
}
