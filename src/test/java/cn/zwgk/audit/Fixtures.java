package cn.zwgk.audit;

import cn.zwgk.audit.engine.Codes;
import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.parse.LabelsFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the tests find their inputs, in one place. Everything is inside the repository, so the tests run on a clone
 * with nothing beside it: the sample reports the README audits ({@code samples/}), the real report openings
 * ({@code src/test/resources/corpus/}), the shipped rules and templates, and the findings reference ({@code docs/}).
 */
public final class Fixtures {

    public static final Path SAMPLES = Path.of("samples");
    public static final Path SEEDS = SAMPLES.resolve("seeds");
    public static final Path REAL_PDF = SAMPLES.resolve("real-pdf");
    public static final Path REAL_HTML = SAMPLES.resolve("real-html");
    public static final Path CORPUS = Path.of("src/test/resources/corpus");
    public static final Path REAL_OPENINGS = CORPUS.resolve("real-openings");
    public static final Path REAL_OPENINGS_2 = CORPUS.resolve("real-openings-2");
    /** the seeds as LibreOffice renders them to PDF and .docx, made by scripts/render-samples.sh */
    public static final Path LIBREOFFICE = Path.of("src/test/resources/renderings/libreoffice");
    /** The shipped rules: what the rule test cases (rules/tests) and the office's edits concern. */
    public static final Path RULES = Path.of("rules");
    /**
     * A frozen rule set for the engine tests, so that the office's edits of rules/ (wording, severities, new rules)
     * never turn the build red; see its README.
     */
    public static final Path FIXTURE_RULES = Path.of("src/test/resources/rules-fixture");
    public static final Path TEMPLATES = Path.of("templates");
    public static final Path FINDINGS_REFERENCE = Path.of("docs/findings.md");

    private static TableRegistry tables;
    private static Codes codes;

    private Fixtures() {}

    /** Copies the folder {@code from} with everything under it to {@code to}; returns {@code to}. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }

    /** Every sample and real report opening (not their README/MANIFEST notes), sorted. */
    public static List<Path> samplesAndOpenings() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(SAMPLES, CORPUS)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The tables as the shipped rules/labels.yaml describes them, for tests that build cells by hand. */
    public static synchronized TableRegistry tables() {
        if (tables == null) {
            try {
                tables = LabelsFile.format(RULES).tables();
            } catch (ConfigException e) {
                throw new IllegalStateException(e);
            }
        }
        return tables;
    }

    /** The finding codes' names and severities of the shipped rules/codes.yaml, for tests that render findings. */
    public static synchronized Codes codes() {
        if (codes == null) {
            try {
                codes = Codes.load(RULES.resolve("codes.yaml"));
            } catch (ConfigException e) {
                throw new IllegalStateException(e);
            }
        }
        return codes;
    }
}
