package cn.zwgk.audit;

import cn.zwgk.audit.engine.Codes;
import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.parse.LabelsFile;

import java.nio.file.Path;

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
