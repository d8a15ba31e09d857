package cn.zwgk.audit.audit;

import cn.zwgk.audit.config.ConfigException;

import java.nio.file.Path;
import java.util.List;

/** Runs the rule test cases kept beside the rules ({@code rules/tests/}), the way {@code opa test} does. */
public final class RuleTests {

    /**
     * @param file     the test file
     * @param name     the case's name
     * @param failures what went wrong (a code that should have fired and did not, or the reverse); empty when passed
     */
    public record CaseResult(String file, String name, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private RuleTests() {}

    public static List<CaseResult> run(Path rulesDir) throws ConfigException {
        throw new UnsupportedOperationException("rule tests not built yet (issue 3)");
    }
}
