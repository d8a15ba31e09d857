package cn.zwgk.audit.engine;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.parse.ReportParser;

import java.nio.file.Path;

/**
 * The engine tests' rule set (a frozen copy of rules/, {@link Fixtures#FIXTURE_RULES}) compiled once per test JVM (a
 * compile costs seconds). The shipped rules/ are specified by their own cases (rules/tests), not by these tests.
 */
final class FixtureRules {

    static final Path DIR = Fixtures.FIXTURE_RULES;
    private static RuleBase rules;
    private static ReportParser parser;

    private FixtureRules() {}

    static synchronized RuleBase rules() throws ConfigException {
        if (rules == null) rules = RuleBase.compile(DIR);
        return rules;
    }

    static synchronized ReportParser parser() throws ConfigException {
        if (parser == null) parser = ReportParser.fromRules(DIR);
        return parser;
    }
}
