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
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What careful readers flagged in the openings of real reports (real-openings-2/MANIFEST.md) about what a report
 * cites, how many parts it says it has and how it writes its period: wrong citations (022, 060, 065 and 088 cite the
 * 2019 notice, 058 miswrites both numbers, 067 cites the notice on the 2020 reports in a 2021 report), part counts
 * other than six (005: 8, 090: 七, 096: 五), a period without its 年 (009) and the pre-2019 parts announced (047)
 * are each found, with the words written; on every other real file these rules say nothing.
 */
class RealOpeningFlagsTest {

    record Flag(String file, String manifestWords, String code, String evidence) {}

    static final List<Flag> FLAGS = List.of(
            new Flag("022.txt", "cites the 2019 notice 国办公开办函〔2019〕60号", "OLD_BASIS_CITED", "(国办公开办函〔2019〕60号)"),
            new Flag("060.txt", "cites the 2019 notice (国办公开办函〔2019〕60号)", "OLD_BASIS_CITED", "(国办公开办函〔2019〕60号)"),
            new Flag("065.txt", "cite the 2019 notice", "OLD_BASIS_CITED", "关于政府信息公开工作年度报告有关事项的通知》"),
            new Flag("058.txt", "`国务院令第711条` (号)", "CITATION_MALFORMED", "(国务院令第711条)"),
            new Flag("058.txt", "`过半公开办函﹝2021﹞30号` (国办)", "CITATION_MALFORMED", "(过半公开办函﹝2021﹞30号)"),
            new Flag("088.txt", "cites the 2019 notice's title", "CITATION_MALFORMED", "有关事项的通知》(国办公开办函〔2021〕30号)"),
            new Flag("067.txt", "cites the provincial notice for the **2020** reports", "STALE_NOTICE_CITED",
                    "关于做好2020年度政府信息公开工作年度报告编制和发布工作的通知"),
            new Flag("005.txt", "announces 8 parts", "PARTS_ANNOUNCED", "等8个部分"),
            new Flag("090.txt", "announces 七个部分", "PARTS_ANNOUNCED", "等七个部分组成"),
            new Flag("096.txt", "announces `五个部分`", "PARTS_ANNOUNCED", "改进情况五个部分组成"),
            new Flag("009.txt", "period typo `20241月1日` (年 missing)", "PERIOD_TYPO", "为20241月1日至12月31日"),
            // OLD_FORMAT is also the error of 2019-format table labels (023, 065): not among CODES below
            new Flag("047.txt", "announces the pre-2019 parts", "OLD_FORMAT", "信息公开收费及减免情况"));

    static final Set<String> CODES = Set.of("OLD_BASIS_CITED", "CITATION_MALFORMED", "STALE_NOTICE_CITED",
            "PARTS_ANNOUNCED", "PERIOD_TYPO");

    @Test
    void everyFlagOfTheReadersIsFoundOnceAsAWarning() throws Exception {
        String manifest = Files.readString(Fixtures.REAL_OPENINGS_2.resolve("MANIFEST.md"), StandardCharsets.UTF_8);
        List<String> missed = new ArrayList<>();
        for (Flag f : FLAGS) {
            String name = f.file().replace(".txt", "");
            String row = manifest.lines().filter(l -> l.startsWith("| " + name + " |")).findFirst().orElse("")
                    + manifest.lines().filter(l -> l.contains(name) && l.contains("cite")).reduce("", String::concat);
            assertTrue(row.contains(f.manifestWords()), "the manifest names the flag of " + name + ": " + f.manifestWords());
            List<Finding> found = audit(Fixtures.REAL_OPENINGS_2.resolve(f.file())).stream()
                    .filter(x -> x.rule().equals(f.code()) && x.evidence().contains(f.evidence())).toList();
            if (found.size() != 1) missed.add(f + " → " + found);
            else assertEquals(Severity.WARNING, found.get(0).severity(), f.toString());
        }
        assertTrue(missed.isEmpty(), "flags not found exactly once: " + missed);
    }

    @Test
    void nothingElseOnTheRealFiles() throws Exception {
        List<Path> files = CompiledRules.realFiles();
        Set<String> flagged = new TreeSet<>(FLAGS.stream().map(Flag::file).toList());
        List<String> wrong = new ArrayList<>();
        long found = 0;
        for (Path file : files) {
            for (Finding x : audit(file)) {
                if (!CODES.contains(x.rule())) continue;
                found++;
                boolean known = file.startsWith(Fixtures.REAL_OPENINGS_2) && flagged.contains(file.getFileName().toString());
                if (!known || x.severity() == Severity.ERROR) wrong.add(file.getFileName() + ": " + x.rule() + " " + x.evidence());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(FLAGS.stream().filter(f -> CODES.contains(f.code())).count(), found, "one finding a flag");
        assertTrue(files.size() > 110, "the real files are all there: " + files.size());
    }

    static List<Finding> audit(Path file) throws Exception {
        return CompiledRules.SHIPPED.audit(file);
    }
}
