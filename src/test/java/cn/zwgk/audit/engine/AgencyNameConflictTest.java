package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.AgencyMention;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Severity;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.read.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AGENCY_NAME_CONFLICT on real reports: every place the header names the agency is a fact, and only two
 * self-designations naming different agencies make a finding (not the site's publisher, not a contact office, not a
 * short form of the same name).
 */
class AgencyNameConflictTest {

    static final Path LAOZHOU = Fixtures.REAL_OPENINGS_2.resolve("012.txt");
    static final String CODE = "AGENCY_NAME_CONFLICT";

    static RuleBase rules;
    static ReportParser parser;

    @BeforeAll
    static void load() throws Exception {
        rules = CompiledRules.SHIPPED.rules();
        parser = CompiledRules.SHIPPED.parser();
    }

    /** 老洲乡 (012): the title, the preamble, the metadata field and the contact sentence each name it, in their words. */
    @Test
    void everyPlaceThatNamesTheAgencyIsAFact() throws Exception {
        Report r = parser.parse(Documents.read(LAOZHOU));
        List<String> seen = r.agencies().stream()
                .map(a -> a.source() + ":" + a.name() + ":" + a.line() + ":" + a.key()).toList();
        assertEquals(List.of("标题:义安区老洲乡:2:义安区老洲乡", "前言:老洲乡人民政府:5:老洲乡",
                "元数据:义安区老洲乡:3:义安区老洲乡", "联系:老洲乡党政办公室:5:老洲乡党政办"), seen);
        assertEquals("义安区老洲乡", r.agency());
        assertTrue(r.facts().containsAll(r.agencies()), "the mentions are facts of the rule session");
        AgencyMention preamble = r.agencies().get(1);
        assertTrue(preamble.text().contains("编制老洲乡人民政府2024年度"), preamble.text());
        assertTrue(preamble.text().length() < 100, "the words around the name, not the whole paragraph");
        assertEquals(List.of(), codes(r));
    }

    /** The same report with its preamble naming another township: one warning quoting both names and lines. */
    @Test
    void aPreambleNamingAnotherAgencyIsFound(@TempDir Path dir) throws Exception {
        String text = Files.readString(LAOZHOU, StandardCharsets.UTF_8);
        assertTrue(text.contains("编制老洲乡人民政府2024年度"));
        Path copied = dir.resolve("012-copied.txt");
        Files.writeString(copied, text.replace("编制老洲乡人民政府2024年度", "编制顺安镇人民政府2024年度"),
                StandardCharsets.UTF_8);
        List<Finding> found = rules.evaluate(parser.parse(Documents.read(copied))).stream()
                .filter(f -> f.rule().equals(CODE)).toList();
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(5, f.line());
        assertTrue(f.message().contains("顺安镇人民政府") && f.message().contains("义安区老洲乡")
                && f.message().contains("第2行") && f.message().contains("第5行"), f.message());
    }

    /**
     * No real report of the corpus names two agencies: 089's "向市政府及市政府办公室提出的" is a phrase, and its
     * "迎宾路街道政府" / "迎宾路街道办事处" / "迎宾路街道" are one office.
     */
    @Test
    void noRealReportIsFlagged() throws Exception {
        Report yingbin = parser.parse(Documents.read(Fixtures.REAL_OPENINGS_2.resolve("089.txt")));
        assertTrue(yingbin.agencies().size() >= 3, yingbin.agencies().toString());
        List<String> flagged = new ArrayList<>();
        for (Path corpus : List.of(Fixtures.REAL_OPENINGS, Fixtures.REAL_OPENINGS_2)) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    if (codes(parser.parse(Documents.read(p))).contains(CODE)) flagged.add(p.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), flagged);
    }

    private static List<String> codes(Report r) {
        return rules.evaluate(r).stream().map(Finding::rule).filter(CODE::equals).toList();
    }
}
