package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.read.Documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
    List<Finding> audit(Path file) throws Exception {
        return rules().evaluate(parser().parse(Documents.read(file)));
    }

    /** Every real report the repository holds (real openings, web pages and the PDF), in name order within a folder. */
    static List<Path> realFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Fixtures.REAL_OPENINGS, Fixtures.REAL_OPENINGS_2, Fixtures.REAL_HTML, Fixtures.REAL_PDF)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
