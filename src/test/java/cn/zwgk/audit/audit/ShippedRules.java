package cn.zwgk.audit.audit;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.parse.ReportParser;

import java.nio.file.Path;

/** The shipped rules/ compiled once per test JVM (a compile costs seconds), shared by the test classes. */
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
