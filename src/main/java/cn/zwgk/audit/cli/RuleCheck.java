package cn.zwgk.audit.cli;

import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.engine.RuleTests;
import cn.zwgk.audit.compare.SimilarityConfig;
import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.InBackground;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.render.Templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything {@code rules check} looks at, each part on its own so that one broken file hides no other: the parser's
 * YAML (sections, labels, claims with every regex), the rules (codes, messages, every DRL file and the names they
 * use), the rule test cases, and the templates. Keeps what it compiled and compiles again only the part whose files
 * changed, for {@code --watch}.
 */
final class RuleCheck {

    /**
     * @param rules    the compiled rules, or null when they are broken
     * @param parser   the parser of the folder, or null when its YAML is broken
     * @param cases    the rule test cases, read and checked (for {@code rules test} to run), or null when broken
     * @param errors   what stops the folder from being used
     * @param warnings what is worth a look
     */
    record Result(RuleBase rules, ReportParser parser, RuleTests.Cases cases, List<ConfigProblem> errors,
                  List<ConfigProblem> warnings) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Path rulesDir;
    private final Path templatesDir;
    private String rulesKey;
    private String parserKey;
    private RuleBase rules;
    private ReportParser parser;

    /** @param templatesDir the templates to check too, or null */
    RuleCheck(Path rulesDir, Path templatesDir) {
        this.rulesDir = rulesDir;
        this.templatesDir = templatesDir;
    }

    Path rulesDir() {
        return rulesDir;
    }

    /**
     * Checks the folders, reusing the rule base and parser of the last run when their files are unchanged. The rules
     * compile (or load from the cache) while the parser's YAML is read.
     */
    Result run() {
        List<ConfigProblem> errors = new ArrayList<>();
        List<ConfigProblem> warnings = new ArrayList<>();
        String rk = hash(rulesDir, p -> p.getParent().equals(rulesDir));
        InBackground<RuleBase> compiling = rules == null || !rk.equals(rulesKey)
                ? InBackground.start("rules", () -> RuleBase.compile(rulesDir)) : null;
        String pk = hash(rulesDir, p -> p.getParent().equals(rulesDir) && p.toString().matches(".*\\.ya?ml"));
        if (parser == null || !pk.equals(parserKey)) {
            parser = null;
            try {
                parser = ReportParser.fromRules(rulesDir);
                parserKey = pk;
            } catch (ConfigException e) {
                errors.addAll(e.problems());
            }
        }
        if (compiling != null) {
            rules = null;
            try {
                rules = compiling.get();
                rulesKey = rk;
            } catch (ConfigException e) {
                errors.addAll(e.problems());
            }
        }
        try {
            SimilarityConfig.load(rulesDir);
        } catch (ConfigException e) {
            errors.addAll(e.problems());
        }
        RuleTests.Cases cases = null;
        if (rules != null) {
            warnings.addAll(rules.warnings());
            try {
                cases = RuleTests.cases(rulesDir, rules);
            } catch (ConfigException e) {
                errors.addAll(e.problems());
            }
        }
        if (templatesDir != null) {
            try {
                Templates.load(templatesDir);
            } catch (ConfigException e) {
                errors.addAll(e.problems());
            }
        }
        Comparator<ConfigProblem> order = Comparator.comparing(ConfigProblem::file).thenComparingInt(ConfigProblem::line);
        return new Result(rules, parser, cases, errors.stream().distinct().sorted(order).toList(),
                warnings.stream().distinct().sorted(order).toList());
    }

    /** A fingerprint of the folders' files (names, sizes, times), to notice an edit. */
    String fingerprint() {
        StringBuilder b = new StringBuilder();
        for (Path dir : templatesDir == null ? List.of(rulesDir) : List.of(rulesDir, templatesDir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    b.append(p).append(' ').append(Files.size(p)).append(' ')
                            .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
                }
            } catch (IOException e) {
                b.append(dir).append(" ?\n");
            }
        }
        return b.toString();
    }

    /** SHA-256 over the names and bytes of the folder's files that {@code which} selects. */
    private static String hash(Path dir, Predicate<Path> which) {
        try (Stream<Path> s = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : s.filter(Files::isRegularFile).filter(which).sorted().toList()) {
                sha.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            return "unreadable " + System.nanoTime();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
