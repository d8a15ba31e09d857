package cn.zwgk.audit.fuzz;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.pipeline.Auditor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "done when" as one batch, in a JVM of its own with {@code -Xmx256m} and the default budgets: the five
 * seeds, the pathological inputs, and a copy of rules/ with a looping, a busy, a throwing, a recursing and a
 * memory-eating rule (each firing on one report) and a catastrophic claims.yaml pattern ((.*a){12}b, which defeats
 * Java's backtracking memo). The seeds' findings are those
 * of the shipped rules, each pathological report gets one clear finding, and the batch ends in bounded time.
 * Heavy (a minute or more, 30 MB of input): {@code mvn test -Dtest=HeavyBatchTest -Dfuzz.heavy=true}.
 */
@EnabledIfSystemProperty(named = "fuzz.heavy", matches = "true")
class HeavyBatchTest {

    private static final ObjectMapper M = new ObjectMapper();
    /** Default rule budget (20 s) for the busy rule, plus parse, rules and PDFs of 14 reports on a busy machine. */
    private static final long LIMIT_SECONDS = 240;

    @Test
    void seedsAndPathologicalInputsUnder256MB(@TempDir Path dir) throws Exception {
        Path rules = FuzzInputs.rulesWith(dir, FuzzInputs.THROWS_NPE, FuzzInputs.LOOPS, FuzzInputs.BUSY,
                FuzzInputs.RECURSES, FuzzInputs.EXHAUSTS_MEMORY);
        Path claims = rules.resolve("claims.yaml");
        Files.writeString(claims, Files.readString(claims).replaceFirst("patterns:\n",
                "patterns:\n  - metric: 新收申请\n    unit: 件\n    regex: '(.*a){12}b'\n    sections: [0, 1, 2, 3, 4, 5, 6]\n"));
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Fixtures.SEEDS)) {
            seeds = s.sorted().toList();
        }
        for (Path s : seeds) Files.copy(s, in.resolve(s.getFileName()));
        String seed = FuzzInputs.seedText();
        for (String n : new String[]{"npe.txt", "loop.txt", "busy.txt", "stack.txt", "oom.txt"}) {
            FuzzInputs.write(in.resolve("rule-" + n), seed);
        }
        FuzzInputs.write(in.resolve("millionrows.txt"), FuzzInputs.millionTableRows());
        FuzzInputs.write(in.resolve("poison.txt"), FuzzInputs.poisonSentence(60));
        FuzzInputs.write(in.resolve("inj_claim.txt"), FuzzInputs.templateInClaim("${evidence}"));
        Path out = dir.resolve("out");

        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xss4m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "cn.zwgk.audit.cli.AuditCommand", "check", in.toString(), "--out", out.toString(),
                "--rules", rules.toString(), "--templates", Fixtures.TEMPLATES.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        boolean ended = p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!ended) p.destroyForcibly();
        String log = Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);
        System.out.printf("HeavyBatchTest: %d reports under -Xmx256m in %.1f s, exit %s%n%s%n", seeds.size() + 8,
                seconds, ended ? p.exitValue() : "killed", log);
        assertTrue(ended, "the batch ends within " + LIMIT_SECONDS + " s");
        assertEquals(1, p.exitValue(), log);
        assertFalse(log.contains("OutOfMemoryError") || log.contains("Exception"), log);

        JsonNode summary = M.readTree(out.resolve("summary.json").toFile());
        assertEquals(seeds.size() + 8, summary.get("total").asInt());
        Map<String, JsonNode> byFile = new HashMap<>();
        for (JsonNode e : summary.get("reports")) byFile.put(Path.of(e.get("file").asText()).getFileName().toString(), e);

        Auditor shipped = Auditor.fromRules(Fixtures.RULES);
        for (Path s : seeds) {
            assertEquals(codes(shipped.audit(s).findings()), codesOf(out, byFile.get(s.getFileName().toString())),
                    "seed " + s.getFileName() + " unchanged");
        }
        List<String> seedCodes = codes(shipped.audit(FuzzInputs.SEED).findings());
        for (String n : new String[]{"npe.txt", "loop.txt", "busy.txt", "stack.txt", "oom.txt"}) {
            List<String> got = codesOf(out, byFile.get("rule-" + n));
            List<String> want = new ArrayList<>(seedCodes);
            want.add("RULE_FAILED");
            assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList(), n);
        }
        assertEquals(List.of("INPUT_UNREADABLE"), codesOf(out, byFile.get("millionrows.txt")));
        assertEquals(List.of("INPUT_UNREADABLE"), codesOf(out, byFile.get("poison.txt")));
        assertTrue(codesOf(out, byFile.get("inj_claim.txt")).contains("NARRATIVE_MISMATCH"));
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    private static List<String> codesOf(Path out, JsonNode entry) throws Exception {
        assertTrue(entry != null && entry.get("problem").isNull(), String.valueOf(entry));
        List<String> codes = new ArrayList<>();
        for (JsonNode f : M.readTree(out.resolve(entry.get("json").asText()).toFile()).get("findings")) {
            codes.add(f.get("rule").asText());
        }
        return codes;
    }
}
