package cn.zwgk.audit.fuzz;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.pipeline.Auditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Harness group A and the claims.yaml cases of D: one pathological input costs one clear finding, nothing more. */
class InputFaultsTest {

    @TempDir
    static Path dir;
    static Auditor auditor;

    @BeforeAll
    static void rules() throws Exception {
        auditor = Auditor.fromRules(Fixtures.RULES);
    }

    /** A30: a million table rows is refused before it takes the heap, with the bound in the reason. */
    @Test
    void aMillionTableRowsIsOneInputUnreadable() throws Exception {
        Audit audit = auditor.audit(FuzzInputs.write(dir.resolve("millionrows.txt"), FuzzInputs.millionTableRows()));
        assertEquals(List.of("INPUT_UNREADABLE"), codes(audit));
        assertTrue(audit.findings().get(0).message().contains("行的上限"), audit.findings().get(0).message());
    }

    /**
     * A28/A38's kind: generated text with a number in every line is refused at the claims bound (a thousand: the
     * rule comparing statements of one metric costs their number squared), not audited.
     */
    @Test
    void overAThousandNumericStatementsAreOneInputUnreadable() throws Exception {
        String text = FuzzInputs.seedText().replaceFirst("一、总体情况\n",
                "一、总体情况\n" + "区政府办公室新受理政府信息公开申请42件。\n".repeat(1_500));
        Audit audit = auditor.audit(FuzzInputs.write(dir.resolve("claims.txt"), text));
        assertEquals(List.of("INPUT_UNREADABLE"), codes(audit));
        assertTrue(audit.findings().get(0).message().contains("数字陈述超过 1,000 条"), audit.findings().get(0).message());
    }

    /**
     * One sentence of thousands of clauses (no full stop in 100,000 characters): read clause by clause, each number
     * against the cues of its own clause (against every cue of the sentence it took minutes), and quoted in its
     * finding up to a thousand characters (it was quoted whole, twice, into the letter).
     */
    @Test
    void aSentenceOfThousandsOfClausesIsReadAndQuotedShort() throws Exception {
        String text = FuzzInputs.seedText().replaceFirst("一、总体情况\n",
                "一、总体情况\n" + "共收到申请1件，其中".repeat(10_000) + "\n");
        Audit audit = auditor.audit(FuzzInputs.write(dir.resolve("clauses.txt"), text));
        Finding sum = audit.findings().stream().filter(f -> f.rule().equals("NARRATIVE_SUM")).findFirst()
                .orElseThrow(() -> new AssertionError(codes(audit)));
        assertEquals(1002, sum.evidence().length(), sum.evidence());
        assertTrue(sum.evidence().startsWith("1件，其中共收到申请1件") && sum.evidence().endsWith("……"), sum.evidence());
        assertTrue(sum.message().length() < 1100, sum.message());
    }

    /** A39: "${evidence}" in a narrative claim is quoted as written, and the report gets its findings. */
    @Test
    void templateTextInAReportIsData() throws Exception {
        for (String placeholder : new String[]{"${evidence}", "${row}", "${basis}"}) {
            Audit audit = auditor.audit(FuzzInputs.write(dir.resolve("inj.txt"), FuzzInputs.templateInClaim(placeholder)));
            Finding mismatch = audit.findings().stream().filter(f -> f.rule().equals("NARRATIVE_MISMATCH")).findFirst()
                    .orElseThrow(() -> new AssertionError(placeholder + ": " + audit.findings()));
            assertTrue(mismatch.evidence().contains(placeholder), mismatch.evidence());
            assertTrue(mismatch.message().contains(placeholder) || !mismatch.message().contains("${"),
                    mismatch.message());
        }
    }

    /** D10: (a+)+b on a sentence of 40 a's: Java's backtracking memo handles it, and the guard must not misfire. */
    @Test
    void aNestedQuantifierJavaHandlesIsNoFalseAlarm() throws Exception {
        Path sub = dir.resolve("regex-memo");
        ReportParser parser = ReportParser.fromRules(FuzzInputs.rulesWithClaimPattern(sub, "(a+)+b"));
        Report report = Auditor.parse(parser, FuzzInputs.write(sub.resolve("poison.txt"), FuzzInputs.poisonSentence(40)));
        assertTrue(report.readable(), report.problems().toString());
    }

    /** D10b: (.*a){12}b defeats Java's backtracking memo; the guard still stops it. */
    @Test
    void aPatternThatDefeatsTheMemoIsStoppedToo() throws Exception {
        guarded("(.*a){12}b", 60);
    }

    private void guarded(String regex, int as) throws Exception {
        Path sub = dir.resolve("regex" + as);
        ReportParser parser = ReportParser.fromRules(FuzzInputs.rulesWithClaimPattern(sub, regex));
        long t0 = System.nanoTime();
        Report poisoned = Auditor.parse(parser, FuzzInputs.write(sub.resolve("poison.txt"), FuzzInputs.poisonSentence(as)));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertFalse(poisoned.readable());
        String reason = poisoned.problems().get(0).reason();
        assertTrue(reason.contains("claims.yaml") && reason.contains(regex) && reason.contains("超过"), reason);
        assertTrue(seconds < 20, "stopped in " + seconds + " s");
        // the same parser reads the seed as before: the pattern only costs the report it cannot handle
        Report seed = Auditor.parse(parser, FuzzInputs.SEED);
        assertTrue(seed.readable());
        assertEquals(Auditor.parse(ReportParser.fromRules(Fixtures.RULES), FuzzInputs.SEED).claims(), seed.claims());
    }

    private static List<String> codes(Audit a) {
        return a.findings().stream().map(Finding::rule).toList();
    }
}
