package cn.zwgk.audit.engine;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.parse.ReportParser;

import java.nio.file.Path;

/**
 * The shipped rules/ compiled once per test JVM (a compile costs seconds), for the tests that run their cases
 * (rules/tests) and for tests of real reports that hold whatever the office sets (no error on a clean seed).
 */
final class ShippedRules {

    static final Path DIR = Path.of("rules");
    private static RuleBase rules;
    private static ReportParser parser;

    private ShippedRules() {}

    static synchronized RuleBase rules() throws ConfigException {
        if (rules == null) rules = RuleBase.compile(DIR);
        return rules;
    }

    static synchronized ReportParser parser() throws ConfigException {
        if (parser == null) parser = ReportParser.fromRules(DIR);
        return parser;
    }
}
