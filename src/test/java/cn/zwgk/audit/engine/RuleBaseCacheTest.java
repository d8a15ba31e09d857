package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.read.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compiled-rule-base cache relies on Drools internals, so it is held to the only thing that matters: a base
 * loaded from the cache gives exactly the findings of a fresh compile on every sample and real report opening, and
 * anything odd (an edited file, a damaged entry, a folder that cannot be written) means a normal compile.
 */
class RuleBaseCacheTest {

    static ReportParser parser;
    static RuleBase fresh;

    @BeforeAll
    static void compileFresh() throws Exception {
        parser = CompiledRules.SHIPPED.parser();
        fresh = RuleBase.compile(Fixtures.RULES, new RuleBaseCache(null));
    }

    @Test
    void cachedBaseGivesTheFindingsOfAFreshCompileOnEveryFixture(@TempDir Path dir) throws Exception {
        RuleBaseCache cache = new RuleBaseCache(dir);
        String key = RuleBaseCache.key(Fixtures.RULES);
        assertNull(cache.load(key), "empty cache");
        RuleBase.compile(Fixtures.RULES, cache);
        KieBase loaded = cache.load(key);
        assertNotNull(loaded, "the compile stored its base");
        RuleBase cached = fresh.withKieBase(loaded);

        List<Path> files = Fixtures.samplesAndOpenings();
        assertTrue(files.size() > 100, "samples and real openings: " + files.size());
        int withFindings = 0;
        for (Path f : files) {
            var report = parser.parse(Documents.read(f));
            List<Finding> expected = fresh.evaluate(report);
            assertEquals(expected, cached.evaluate(report), f.toString());
            if (!expected.isEmpty()) withFindings++;
        }
        assertTrue(withFindings > 50, "the comparison covers real findings: " + withFindings);
        // and a compile through the cache is served from it
        assertEquals(fresh.version(), RuleBase.compile(Fixtures.RULES, cache).version());
    }

    @Test
    void anEditedFileIsANewKey(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Fixtures.copyTree(Fixtures.RULES, rules);
        String before = RuleBaseCache.key(rules);
        assertEquals(before, RuleBaseCache.key(rules), "stable");
        Path tests = rules.resolve("tests").resolve("clean.yaml");
        Files.writeString(tests, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(before, RuleBaseCache.key(rules), "a test case is not compiled: editing one keeps the entry");
        Path drl = rules.resolve("narrative.drl");
        Files.writeString(drl, "\n// 编辑\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String afterDrl = RuleBaseCache.key(rules);
        assertNotEquals(before, afterDrl);
        Files.writeString(rules.resolve("claims.yaml"), "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String afterYaml = RuleBaseCache.key(rules);
        assertNotEquals(afterDrl, afterYaml, "the format's YAML is compiled into the rules' facts");
        Files.writeString(rules.resolve("new.drl"), "package rules;\n", StandardCharsets.UTF_8);
        assertNotEquals(afterYaml, RuleBaseCache.key(rules), "a new file of the folder");
    }

    @Test
    void aDamagedEntryIsDroppedAndTheRulesCompiled(@TempDir Path dir) throws Exception {
        RuleBaseCache cache = new RuleBaseCache(dir);
        RuleBase.compile(Fixtures.RULES, cache);
        Path entry;
        try (Stream<Path> s = Files.list(dir)) {
            entry = s.filter(p -> p.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertNull(cache.load(RuleBaseCache.key(Fixtures.RULES)));
        assertFalse(Files.exists(entry), "the damaged entry is removed");
        RuleBase again = RuleBase.compile(Fixtures.RULES, cache);
        var report = parser.parse(Documents.read(Fixtures.SEEDS.resolve(first(Fixtures.SEEDS))));
        assertEquals(fresh.evaluate(report), again.evaluate(report));
    }

    @Test
    void aFolderThatCannotBeWrittenJustDisablesTheCache(@TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        RuleBaseCache cache = new RuleBaseCache(notAFolder.resolve("cache"));
        RuleBase base = RuleBase.compile(Fixtures.RULES, cache);
        assertNull(cache.load(RuleBaseCache.key(Fixtures.RULES)));
        var report = parser.parse(Documents.read(Fixtures.SEEDS.resolve(first(Fixtures.SEEDS))));
        assertEquals(fresh.evaluate(report), base.evaluate(report));
    }

    private static String first(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
