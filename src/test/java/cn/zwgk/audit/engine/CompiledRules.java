package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.parse.ReportParser;

import java.nio.file.Path;

/**
 * A rule folder compiled once per test JVM (a compile costs seconds). {@link #SHIPPED} is rules/, for the tests that run
 * its cases (rules/tests) and tests of real reports that hold whatever the office sets; {@link #FIXTURE} is the engine
 * tests' frozen copy ({@link Fixtures#FIXTURE_RULES}), so the office's edits of rules/ never break those.
 */
final class CompiledRules {

    static final CompiledRules SHIPPED = new CompiledRules(Path.of("rules"));
    static final CompiledRules FIXTURE = new CompiledRules(Fixtures.FIXTURE_RULES);

    final Path dir;
    private RuleBase rules;
    private ReportParser parser;

    private CompiledRules(Path dir) {
        this.dir = dir;
    }

    synchronized RuleBase rules() throws ConfigException {
        if (rules == null) rules = RuleBase.compile(dir);
        return rules;
    }

    synchronized ReportParser parser() throws ConfigException {
        if (parser == null) parser = ReportParser.fromRules(dir);
        return parser;
    }

    /** A file read, parsed and audited by these rules. */
    java.util.List<cn.zwgk.audit.model.Finding> audit(Path file) throws Exception {
        return rules().evaluate(parser().parse(cn.zwgk.audit.read.Documents.read(file)));
    }

    /** Every real report the repository holds (real openings, web pages and the PDF), in name order within a folder. */
    static java.util.List<Path> realFiles() throws java.io.IOException {
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (Path dir : java.util.List.of(Fixtures.REAL_OPENINGS, Fixtures.REAL_OPENINGS_2, Fixtures.REAL_HTML,
                Fixtures.REAL_PDF)) {
            try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
                s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
