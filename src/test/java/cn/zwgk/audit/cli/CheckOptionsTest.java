package cn.zwgk.audit.cli;

import cn.zwgk.audit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --min-severity}, {@code --fail-on}, {@code --date} and the office.yaml warning, on a seed report that passes
 * with two warnings (PERIOD_MISSING, TITLE_MISSING: seed 003 has no title line) and no error.
 */
class CheckOptionsTest {

    @TempDir
    static Path dir;
    static Path report;

    @BeforeAll
    static void input() throws Exception {
        report = Files.copy(Fixtures.SEEDS.resolve("003_4e3048a979d6098a.txt"), dir.resolve("report.txt"));
    }

    private static Cli check(String out, String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "check";
        args[1] = "--no-pdf";
        args[2] = "--out";
        args[3] = dir.resolve(out).toString();
        System.arraycopy(options, 0, args, 4, options.length);
        args[args.length - 1] = report.toString();
        return Cli.run(args);
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertEquals(0, check("a").code(), "warnings only: passes by default (--fail-on error)");
        assertEquals(1, check("b", "--fail-on", "warning").code());
        assertEquals(2, check("c", "--fail-on", "severe").code(), "a usage error names the values");
    }

    @Test
    void minSeverityLeavesLesserFindingsOutOfTheLetterButNotOutOfTheState() throws Exception {
        check("d", "--min-severity", "error");
        String letter = CampaignEndToEndTest.docxText(dir.resolve("d/report.docx"));
        assertFalse(letter.contains("未说明统计期限"), letter);
        assertTrue(letter.contains("未发现问题"), "the letter lists no finding at or above error");
        assertTrue(Files.readString(dir.resolve("d/report.json")).contains("PERIOD_MISSING"), "the state keeps it");
        check("e");
        assertTrue(CampaignEndToEndTest.docxText(dir.resolve("e/report.docx")).contains("未说明统计期限"));
    }

    @Test
    void theSameFileAuditedAgainIsARecordedRunNotAResubmission() throws Exception {
        check("g", "--date", "2025-01-10");
        check("g", "--date", "2025-01-11");
        String state = Files.readString(dir.resolve("g/report.json"));
        assertTrue(state.contains("\"run\" : 2") && state.contains("\"review\" : null"), state);
        assertTrue(Files.exists(dir.resolve("g/history/report.run1.json")), "the first audit is kept");
    }

    @Test
    void anUnreadableResubmissionIsNoReview() throws Exception {
        check("h");
        Path bad = dir.resolve("h-bad");
        Files.createDirectories(bad);
        Files.write(bad.resolve("report.txt"), new byte[0]);
        Cli again = Cli.run("check", "--no-pdf", "--out", dir.resolve("h").toString(), bad.resolve("report.txt").toString());
        assertEquals(1, again.code());
        String state = Files.readString(dir.resolve("h/report.json"));
        assertTrue(state.contains("INPUT_UNREADABLE") && state.contains("\"review\" : null"), state);
        assertFalse(Files.exists(dir.resolve("h/report.docx")), "no letter for an unreadable file, none left over");
        assertTrue(Files.exists(dir.resolve("h/history/report.run1.docx")));
    }

    @Test
    void aNewCampaignGetsTheTemplatesOfficeYamlAndAWarningUntilItIsFilledIn() throws Exception {
        Cli run = check("f", "--date", "2025-02-03");
        assertTrue(Files.exists(dir.resolve("f/office.yaml")));
        assertTrue(run.err().contains("office.yaml") && run.err().contains("仍是示例"), run.err());
        assertTrue(Files.readString(dir.resolve("f/report.json")).contains("\"date\" : \"2025-02-03\""));
        Files.writeString(dir.resolve("f/office.yaml"), """
                office: 泸州市人民政府办公室
                docNumber: 泸府公开函〔${year}〕1号
                deadline: 2025年3月1日
                contact: 刘洋
                phone: 0830-3199999
                """);
        Cli again = check("f");
        assertFalse(again.err().contains("仍是示例"), again.err());
        String letter = CampaignEndToEndTest.docxText(dir.resolve("f/report.docx"));
        assertTrue(letter.contains("泸州市人民政府办公室") && letter.contains("泸府公开函〔"), letter);
    }
}
