package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What careful readers flagged in real reports (real-openings-2/MANIFEST.md, real-openings' README), for the flags our
 * codes cover: each is found, with the words the reader quoted, and nothing the narrative rules say about real files is
 * an error.
 */
class RealNarrativeFlagsTest {

    /** A flag of the manifest: the file, the words of its manifest row that name it, our code and its evidence. */
    record Flag(Path file, String manifestWords, String code, String evidence) {}

    static final Path MANIFEST = Fixtures.REAL_OPENINGS_2.resolve("MANIFEST.md");

    static final List<Flag> FLAGS = List.of(
            new Flag(Fixtures.REAL_OPENINGS_2.resolve("004.txt"), "`当面提交13件,占比1.3%`", "NARRATIVE_PERCENT", "13件,占比1.3%"),
            new Flag(Fixtures.REAL_OPENINGS_2.resolve("011.txt"), "`信息公开年报1条,占比1.1%`", "NARRATIVE_PERCENT", "1条,占比1.1%"),
            new Flag(Fixtures.REAL_OPENINGS_2.resolve("100.txt"), "`其他公文5条,占41%`", "NARRATIVE_PERCENT", "5条,占41%"),
            new Flag(Fixtures.REAL_OPENINGS_2.resolve("010.txt"), "a part (293) larger than the total (162)", "NARRATIVE_SUM", "293篇"),
            new Flag(Fixtures.REAL_OPENINGS_2.resolve("017.txt"), "total 1 < parts 1+2", "NARRATIVE_SUM", "包括机构概况1条"),
            new Flag(Fixtures.REAL_OPENINGS_2.resolve("030.txt"), "one part larger than the total", "NARRATIVE_SUM", "微博12984条"),
            new Flag(Fixtures.REAL_OPENINGS.resolve("047.txt"), null, "T2_TOWNSHIP_REGULATION", "本年制发件数 2"));

    /** Codes of the narrative (and the table-二 plausibility rule) this test vouches for on real files. */
    static final Set<String> NARRATIVE_CODES = Set.of("NARRATIVE_MISMATCH", "NARRATIVE_SUM", "NARRATIVE_PERCENT",
            "NARRATIVE_CONFLICT", "NARRATIVE_OTHER_YEAR", "T2_TOWNSHIP_REGULATION", "FEE_CONTRADICTION",
            "FEE_NOT_DISCLOSED", "FEE_AMOUNT_SUSPECT");

    static List<Finding> audit(Path file) throws Exception {
        return CompiledRules.SHIPPED.audit(file);
    }

    @Test
    void everyCoveredFlagOfTheManifestIsFound() throws Exception {
        String manifest = Files.readString(MANIFEST, StandardCharsets.UTF_8);
        List<String> missed = new ArrayList<>();
        for (Flag f : FLAGS) {
            if (f.manifestWords() != null) {
                String name = f.file().getFileName().toString().replace(".txt", "");
                String row = manifest.lines().filter(l -> l.startsWith("| " + name + " |")).findFirst().orElseThrow();
                assertTrue(row.contains(f.manifestWords()), "the manifest's row " + name + " names the flag: " + row);
            }
            List<Finding> found = audit(f.file()).stream()
                    .filter(x -> x.rule().equals(f.code()) && x.evidence().contains(f.evidence())).toList();
            if (found.size() != 1) missed.add(f + " → " + found);
            else assertEquals(Severity.WARNING, found.get(0).severity(), f.toString());
        }
        assertTrue(missed.isEmpty(), "flags not found exactly once: " + missed);
    }

    /** The new narrative codes fire only where a reader flagged something, and nothing they say is an error. */
    @Test
    void noFalseNarrativeFindingOnRealFiles() throws Exception {
        List<Path> files = CompiledRules.realFiles();
        Set<Path> flagged = new java.util.HashSet<>(FLAGS.stream().map(Flag::file).toList());
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            for (Finding x : audit(file)) {
                if (!NARRATIVE_CODES.contains(x.rule())) continue;
                if (x.severity() == Severity.ERROR) wrong.add(file.getFileName() + ": " + x.rule() + " error " + x.evidence());
                boolean known = flagged.contains(file)
                        || (x.rule().equals("NARRATIVE_MISMATCH") && file.getFileName().toString().equals("pingtan_2022.html"))
                        // 1148 with parts 410+24+4+16+68+233 (the manifest: an open list; a 共-total with parts that
                        // do not add up is what NARRATIVE_SUM warns of)
                        || (x.rule().equals("NARRATIVE_SUM") && file.getFileName().toString().equals("069.txt"));
                if (!known) wrong.add(file.getFileName() + ": " + x.rule() + " " + x.evidence());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(files.size() > 110, "the real files are all there: " + files.size());
    }

    /** pingtan 2022 says 收到75件 where 一 is 74 and 二 is 1: one soft finding, a warning, nothing more. */
    @Test
    void receivedCountingLastYearsCarryOverIsAWarning() throws Exception {
        List<Finding> mismatch = audit(Fixtures.REAL_HTML.resolve("pingtan_2022.html")).stream()
                .filter(x -> x.rule().startsWith("NARRATIVE")).toList();
        assertEquals(1, mismatch.size(), mismatch.toString());
        Finding f = mismatch.get(0);
        assertEquals("NARRATIVE_MISMATCH", f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(74L, f.expected().longValue());
        assertEquals(75L, f.actual().longValue());
        assertTrue(f.message().contains("上年结转"), f.message());
    }
}
