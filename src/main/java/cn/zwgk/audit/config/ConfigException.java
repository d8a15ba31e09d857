package cn.zwgk.audit.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule or template folder cannot be used: a DRL file does not compile, a YAML file is malformed, a pattern is not a
 * valid regular expression. Stops the run before any audit (exit code 2).
 */
public class ConfigException extends Exception {

    private final List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(ConfigProblem problem) {
        this(List.of(problem));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
