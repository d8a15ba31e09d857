package cn.zwgk.audit.cli;

import cn.zwgk.audit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --formats}: the files a batch folder holds for each choice of per-report formats. */
class CheckFormatsTest {

    @TempDir
    static Path dir;
    static Path report;

    @BeforeAll
    static void input() throws Exception {
        report = Files.copy(Fixtures.SEEDS.resolve("003_4e3048a979d6098a.txt"), dir.resolve("report.txt"));
    }

    private static Cli check(String out, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--out", dir.resolve(out).toString()));
        args.addAll(List.of(options));
        args.add(report.toString());
        return Cli.run(args.toArray(String[]::new));
    }

    /** The files of the folder, the campaign's own (runs.json, office.yaml) left out. */
    private static List<String> files(String out) throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve(out))) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("runs.json") && !n.equals("office.yaml")).sorted().toList();
        }
    }

    @Test
    void byDefaultEveryFormat() throws Exception {
        assertEquals(0, check("all").code());
        assertEquals(List.of("findings.xlsx", "report.docx", "report.json", "report.pdf", "summary.csv", "summary.json",
                "summary.pdf", "通报.docx", "通报.pdf"), files("all"));
    }

    @Test
    void withoutDocxNoWordFileAtAll() throws Exception {
        Cli run = check("pdf", "--formats", "json,pdf");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("findings.xlsx", "report.json", "report.pdf", "summary.csv", "summary.json", "summary.pdf",
                "通报.pdf"), files("pdf"));
    }

    @Test
    void theRecordIsWrittenEvenWhenNotNamed() throws Exception {
        Cli run = check("docx", "--formats", " DOCX ");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("findings.xlsx", "report.docx", "report.json", "summary.csv", "summary.json", "通报.docx"),
                files("docx"));
        assertTrue(CampaignEndToEndTest.docxText(dir.resolve("docx/report.docx")).contains("未说明统计期限"));
    }

    @Test
    void aNarrowerRunLeavesNoOutOfDateFileOfTheFormatsItDropped() throws Exception {
        assertEquals(0, check("again").code());
        assertTrue(files("again").contains("report.docx"));
        Cli run = check("again", "--formats", "json");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("findings.xlsx", "report.json", "summary.csv", "summary.json"), files("again"));
    }

    @Test
    void noPdfIsFormatsWithoutPdf() throws Exception {
        assertEquals(0, check("nopdf", "--no-pdf").code());
        assertEquals(List.of("findings.xlsx", "report.docx", "report.json", "summary.csv", "summary.json", "通报.docx"),
                files("nopdf"));
        assertEquals(0, check("nopdf2", "--no-pdf", "--formats", "json,docx").code(), "consistent: no PDF asked");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheValidOnes() {
        Cli run = check("bad", "--formats", "pdf,xlsx");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--formats 中的格式无法识别：xlsx；可选的格式：json、pdf、docx"), run.err());
        assertTrue(Files.notExists(dir.resolve("bad")), "nothing audited, nothing written");
        Cli both = check("bad", "--no-pdf", "--formats", "pdf");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--no-pdf 与 --formats 中的 pdf 互相矛盾"), both.err());
    }
}
