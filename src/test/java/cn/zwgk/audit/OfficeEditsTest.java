package cn.zwgk.audit;

import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.engine.RuleTests;
import cn.zwgk.audit.parse.ReportParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11's promise: the office's common edits of rules/ (reword a message, change a severity, add a heading
 * variant, add a narrative pattern, add a DRL rule with its case; {@link OfficeEdits}) keep both {@code rules test} and
 * the whole JUnit suite green. The suite is run again in a JVM of its own, inside a copy of the project whose rules/
 * has the edits.
 */
class OfficeEditsTest {

    @TempDir
    Path dir;

    @Test
    void theFiveCommonEditsKeepRulesTestAndTheSuiteGreen() throws Exception {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("target"));
        Path rules = Fixtures.copyTree(Fixtures.RULES, project.resolve("rules"));
        // the small folders tests walk are copied (a walk does not enter a linked folder), the rest linked
        List<String> copied = List.of("rules", "templates", "docs", "samples", "target");
        for (String name : copied.subList(1, 4)) Fixtures.copyTree(Path.of(name), project.resolve(name));
        try (Stream<Path> s = Files.list(Path.of("."))) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (!copied.contains(name) && !name.startsWith(".")) {
                    Files.createSymbolicLink(project.resolve(name), p.toAbsolutePath().normalize());
                }
            }
        }
        OfficeEdits.apply(rules);

        // rules test on the edited copy: every case passes, the three new ones included, and each edit took effect
        RuleBase base = RuleBase.compile(rules);
        assertEquals(List.of(), base.warnings(), "the new code is emitted, named and worded");
        var suite = RuleTests.suite(rules, ReportParser.fromRules(rules), base, null);
        String failed = suite.results().stream().filter(r -> !r.passed())
                .map(r -> r.name() + ": " + r.failures()).collect(Collectors.joining("\n"));
        assertEquals("", failed);
        assertTrue(suite.results().stream().filter(r -> r.file().endsWith("office.yaml")).count() == 3);
        var variant = suite.results().stream().filter(r -> r.name().equals("总体情况写作“工作综述”")).findFirst().orElseThrow();
        assertTrue(variant.found().stream().anyMatch(f -> f.startsWith("SECTION_TITLE_VARIANT（警告")), variant.found().toString());
        assertTrue(suite.uncoveredCodes().isEmpty() || !suite.uncoveredCodes().contains(OfficeEdits.NEW_CODE));
        assertTrue(Files.readString(rules.resolve("messages.yaml"), StandardCharsets.UTF_8).contains(OfficeEdits.REWORDED));

        // the whole suite, in a project whose rules/ carries the edits
        Path log = dir.resolve("suite.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Xss4m", "-cp", System.getProperty("java.class.path"), SuiteMain.class.getName())
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        if (!done) p.destroyForcibly();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, "the suite did not finish:\n" + tail(out));
        assertEquals(0, p.exitValue(), tail(out));
    }

    private static String tail(String s) {
        return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
    }
}
