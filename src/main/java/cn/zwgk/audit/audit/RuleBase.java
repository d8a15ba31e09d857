package cn.zwgk.audit.audit;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;

import java.nio.file.Path;
import java.util.List;

/** The DRL rules of a rule folder, compiled once; thread-safe, one fresh session per report. */
public final class RuleBase {

    /** Compiles {@code rulesDir/*.drl} and loads the message templates; problems come back as file:line. */
    public static RuleBase compile(Path rulesDir) throws ConfigException {
        throw new UnsupportedOperationException("rule base not built yet (issue 3)");
    }

    /** Inserts the report's facts into a new session, fires all rules, returns the findings sorted. */
    public List<Finding> evaluate(Report report) {
        throw new UnsupportedOperationException("rule base not built yet (issue 3)");
    }

    /** A short hash of the rule folder's files, printed in every PDF and JSON. */
    public String version() {
        throw new UnsupportedOperationException("rule base not built yet (issue 3)");
    }
}
