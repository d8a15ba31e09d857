package cn.zwgk.audit.cli;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.render.PdfChecks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code audit check} over the seed reports plus three inputs that are not reports, through the real pipeline. */
class CheckEndToEndTest {

    private static final ObjectMapper M = new ObjectMapper();
    private static final Path SEEDS = Fixtures.SEEDS;

    @TempDir
    static Path dir;
    static Path out;
    static Cli run;
    static List<Path> seeds;

    @BeforeAll
    static void batch() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.sorted().toList();
        }
        for (Path p : seeds) Files.copy(p, in.resolve(p.getFileName()));
        Files.createDirectories(in.resolve("bad"));
        Files.write(in.resolve("bad/empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Files.write(in.resolve("bad/binary.dat"), binary);
        Files.writeString(in.resolve("bad/notes.txt"), "会议通知\n请各科室于周五下午三点到三楼会议室参加安全生产培训。\n",
                StandardCharsets.UTF_8);
        out = dir.resolve("out");
        run = Cli.run("check", "--out", out.toString(), in.toString());
    }

    @Test
    void unreadableInputsFailTheBatchButEveryFileIsAudited() throws Exception {
        assertEquals(1, run.code(), run.err());
        JsonNode summary = M.readTree(out.resolve("summary.json").toFile());
        assertEquals(seeds.size() + 3, summary.get("total").asInt());
        Set<String> unreadable = new HashSet<>();
        for (JsonNode r : summary.get("reports")) {
            if (r.get("codes").has("INPUT_UNREADABLE")) unreadable.add(Path.of(r.get("file").asText()).getFileName().toString());
        }
        assertEquals(Set.of("empty.txt", "binary.dat", "notes.txt"), unreadable);
        for (String name : new String[]{"bad__empty", "bad__binary", "bad__notes"}) {
            JsonNode doc = M.readTree(out.resolve(name + ".json").toFile());
            assertTrue(doc.get("agency").isNull(), name);
            assertTrue(doc.get("year").isNull(), name);
            assertEquals("fail", doc.get("verdict").asText(), name);
            assertEquals("INPUT_UNREADABLE", doc.get("findings").get(0).get("rule").asText(), name);
            // not a report: no letter to send, only the state for the clerk
            assertFalse(Files.exists(out.resolve(name + ".pdf")), name);
            assertFalse(Files.exists(out.resolve(name + ".docx")), name);
        }
    }

    @Test
    void seedReportsPassWithTheirAgencyInJsonAndPdf() throws Exception {
        for (Path seed : seeds) {
            String name = seed.getFileName().toString().replace(".txt", "");
            JsonNode doc = M.readTree(out.resolve(name + ".json").toFile());
            assertEquals("pass", doc.get("verdict").asText(), name + ": the seeds have no error");
            assertEquals(6, doc.get("sections").size(), name);
            List<String> codes = new ArrayList<>();
            doc.get("findings").forEach(f -> codes.add(f.get("rule").asText()));

            PdfChecks pdf = PdfChecks.of(Files.readAllBytes(out.resolve(name + ".pdf")));
            if (!doc.get("agency").isNull()) {
                assertTrue(pdf.text().contains(doc.get("agency").asText()), name + " agency in PDF");
            }
            for (String code : codes) assertTrue(pdf.text().contains(code), name + " " + code);
            assertTrue(pdf.embedded().stream().allMatch(e -> e), name);
            assertFalse(pdf.fonts().isEmpty());
        }
        JsonNode kunming = M.readTree(out.resolve("000_5e8b3a9a41b72c94.json").toFile());
        assertEquals("昆明市盘龙区科学技术和工业信息化局", kunming.get("agency").asText());
        assertEquals(2023, kunming.get("year").asInt());
        JsonNode unnamed = M.readTree(out.resolve("003_4e3048a979d6098a.json").toFile());
        assertTrue(unnamed.get("agency").isNull(), "seed 003 names no agency");
    }

    @Test
    void summaryFilesAreWrittenAndNothingHalfWritten() throws Exception {
        byte[] csv = Files.readAllBytes(out.resolve("summary.csv"));
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals(seeds.size() + 4, new String(csv, StandardCharsets.UTF_8).lines().count());
        PdfChecks summary = PdfChecks.of(Files.readAllBytes(out.resolve("summary.pdf")));
        assertTrue(summary.text().contains("文件无法审查"), "INPUT_UNREADABLE by its Chinese name (codes.yaml)");
        assertTrue(summary.text().contains("昆明市政务服务管理局"));
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void parsePrintsTheReportAsJson() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
            code = Cli.run("parse", seeds.get(1).toString()).code();
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, code);
        JsonNode report = M.readTree(bytes.toString(StandardCharsets.UTF_8));
        assertEquals("泸州市江阳区人民政府办公室", report.get("agency").asText());
        assertEquals(175, stream(report.get("cells")).filter(c -> c.get("table").asText().equals("T3")).count());
        assertTrue(report.get("problems").isEmpty());
    }

    @Test
    void brokenRulesStopBeforeAnyAudit(@TempDir Path tmp) throws Exception {
        Path rules = copyRules(tmp);
        Path drl = rules.resolve("arithmetic.drl");
        Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8) + "\nrule \"坏规则\"\nwhen\n    Cell( \nthen\nend\n",
                StandardCharsets.UTF_8);
        Cli check = Cli.run("rules", "check", "--rules", rules.toString());
        assertEquals(2, check.code());
        assertTrue(check.err().contains("arithmetic.drl:"), check.err());
        assertFalse(check.err().contains("\tat "), "no stack trace");
        Cli audit = Cli.run("check", "--rules", rules.toString(), "--out", tmp.resolve("o").toString(), SEEDS.toString());
        assertEquals(2, audit.code());
        assertTrue(audit.err().contains("arithmetic.drl:"), audit.err());
        assertFalse(Files.exists(tmp.resolve("o")), "nothing audited");
    }

    @Test
    void ruleTestsReportEachCaseAndFailWhenOneFails(@TempDir Path tmp) throws Exception {
        Cli passing = Cli.run("rules", "test");
        assertEquals(0, passing.code(), passing.out() + passing.err());
        assertTrue(passing.out().lines().anyMatch(l -> l.startsWith("PASS ")), passing.out());

        Path rules = copyRules(tmp);
        Files.writeString(rules.resolve("tests/clean.yaml"), Files.readString(rules.resolve("tests/clean.yaml"),
                StandardCharsets.UTF_8) + "\n  - name: 故意失败\n    report: reports/kunming-2023.txt\n    must: [T3_BALANCE]\n",
                StandardCharsets.UTF_8);
        Cli failing = Cli.run("rules", "test", "--rules", rules.toString());
        assertEquals(1, failing.code(), failing.out() + failing.err());
        assertTrue(failing.out().lines().anyMatch(l -> l.startsWith("FAIL ") && l.endsWith("故意失败")), failing.out());
        assertTrue(failing.out().contains("T3_BALANCE"), "the failure says which code: " + failing.out());
    }

    private static Path copyRules(Path tmp) throws Exception {
        Path rules = tmp.resolve("rules");
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path p : s.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return rules;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }
}
