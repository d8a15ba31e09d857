package cn.zwgk.audit.parse;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.YamlFiles;
import cn.zwgk.audit.format.TableRegistry;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The parser's office-editable configuration, validated and compiled: rules/sections.yaml, labels.yaml, claims.yaml. */
record ParserConfig(List<Heading> sections, int headingMaxLength, int endMaxLength, List<Pattern> endPatterns,
                    List<Pattern> titles, int titleMaxLength, Pattern agencyLine, AgencyNames agency,
                    List<String> periodContext, List<Pattern> periodPatterns, Pattern openingYear,
                    LabelIndex t2, LabelIndex t3, LabelIndex t4, LabelRules labels, TableRegistry tables,
                    List<ClaimPattern> claims, Lexicon lexicon, List<String> sumUnits,
                    List<String> comparableUnits) {

    /** Where a narrative pattern applies unless it says: everywhere but 五 (problems, often of earlier years). */
    private static final Set<Integer> DEFAULT_SECTIONS = Set.of(0, 1, 2, 3, 4, 6);

    /** A section: number, canonical heading, its key without the numeral, and word sets (normalised). */
    record Heading(int number, String canonical, String canonicalKey, List<List<String>> match) {}

    /** A compiled narrative pattern. */
    record ClaimPattern(String metric, String unit, Pattern regex, long multiplier, List<String> requires,
                        List<String> excludes, Set<Integer> sections, boolean hasNumber) {}

    static ParserConfig load(Path rulesDir) throws ConfigException {
        Path sectionsFile = rulesDir.resolve("sections.yaml");
        Path claimsFile = rulesDir.resolve("claims.yaml");
        SectionRules s = YamlFiles.read(sectionsFile, SectionRules.class);
        ClaimRules c = YamlFiles.read(claimsFile, ClaimRules.class);

        List<ConfigProblem> problems = new ArrayList<>();
        Compiler sc = new Compiler(sectionsFile, problems);
        Compiler cc = new Compiler(claimsFile, problems);

        List<Heading> headings = new ArrayList<>();
        if (s.sections() == null || s.sections().isEmpty()) sc.problem("sections: 未配置任何章节");
        else for (SectionRules.SectionDef d : s.sections()) {
            if (d.number() < 1 || d.number() > 6) sc.problem("sections: 章节编号须为 1 至 6，而不是 " + d.number());
            if (d.canonical() == null || d.match() == null || d.match().isEmpty()) {
                sc.problem("sections: 第" + d.number() + "节缺少 canonical 或 match");
                continue;
            }
            List<List<String>> match = d.match().stream().map(ParserConfig::normaliseWords).toList();
            headings.add(new Heading(d.number(), d.canonical(), headingKey(d.canonical()), match));
        }
        List<Pattern> end = new ArrayList<>();
        int endMax = 30;
        if (s.endOfReport() != null) {
            endMax = s.endOfReport().maxLength();
            if (s.endOfReport().patterns() != null) for (String p : s.endOfReport().patterns()) add(end, sc.compile(p));
        }
        List<Pattern> titles = new ArrayList<>();
        Pattern agencyLine = null;
        int titleMax = 70;
        List<String> titleRegexes = new ArrayList<>();
        if (s.title() != null && s.title().pattern() != null) titleRegexes.add(s.title().pattern());
        if (s.title() != null && s.title().patterns() != null) titleRegexes.addAll(s.title().patterns());
        if (titleRegexes.isEmpty()) sc.problem("title.patterns: 未配置标题的正则表达式");
        for (String regex : titleRegexes) {
            Pattern p = sc.compile(regex);
            if (p != null && !regex.contains("(?<year>")) sc.problem(regex, "title.patterns: 须含命名分组 (?<year>…)");
            add(titles, p);
        }
        if (s.title() != null) {
            titleMax = s.title().maxLength() > 0 ? s.title().maxLength() : titleMax;
            if (s.title().agencyLine() != null) agencyLine = sc.compile(s.title().agencyLine());
        }
        AgencyNames agency = AgencyNames.compile(s.agency(), sc);
        List<String> periodContext = List.of();
        List<Pattern> periodPatterns = new ArrayList<>();
        if (s.period() != null) {
            periodContext = normaliseWords(s.period().context());
            if (s.period().patterns() != null) for (String p : s.period().patterns()) add(periodPatterns, sc.compile(p));
        }
        Pattern openingYear = sc.compile(s.openingYear() == null ? "(?<![\\d.])(?<year>(19|20)\\d{2})年"
                : s.openingYear());

        LabelsFile labels = LabelsFile.load(rulesDir);
        LabelRules l = labels.labels();
        double sim = l.similarity() > 0 && l.similarity() <= 1 ? l.similarity() : 0.8;

        List<ClaimPattern> claims = new ArrayList<>();
        if (c.patterns() != null) for (ClaimRules.PatternDef d : c.patterns()) {
            if (d.metric() == null || d.regex() == null) {
                cc.problem(d.regex() == null ? String.valueOf(d.metric()) : d.regex(), "模式缺少 metric 或 regex");
                continue;
            }
            Pattern p = cc.compile(d.regex());
            if (p == null) continue;
            boolean hasNumber = d.regex().contains("(?<n>");
            claims.add(new ClaimPattern(d.metric(), d.unit() == null ? "件" : d.unit(), p,
                    d.multiplier() == null ? 1 : d.multiplier(), normaliseWords(d.requires()),
                    normaliseWords(d.excludes()), d.sections() == null ? DEFAULT_SECTIONS : Set.copyOf(d.sections()),
                    hasNumber));
        }
        List<String> units = c.sums() == null || c.sums().units() == null ? List.of("件", "条")
                : List.copyOf(c.sums().units());
        List<String> comparable = c.sums() == null || c.sums().comparable() == null ? List.of()
                : List.copyOf(c.sums().comparable());
        Lexicon lexicon = Lexicon.compile(c.lexicon(), cc);

        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new ParserConfig(List.copyOf(headings), s.headingMaxLength() > 0 ? s.headingMaxLength() : 40, endMax,
                List.copyOf(end), List.copyOf(titles), titleMax, agencyLine, agency, periodContext, List.copyOf(periodPatterns),
                openingYear, t2Index(l, sim), t3Index(l, sim), t4Index(l, sim), l, labels.tables(), List.copyOf(claims),
                lexicon, units, comparable);
    }

    private static void add(List<Pattern> list, Pattern p) {
        if (p != null) list.add(p);
    }

    static List<String> normaliseWords(List<String> words) {
        if (words == null) return List.of();
        return words.stream().map(w -> TextNormalizer.normalize(w).text()).filter(w -> !w.isEmpty()).toList();
    }

    /** "四、政府信息公开行政复议、行政诉讼情况" → "政府信息公开行政复议行政诉讼情况". */
    static String headingKey(String heading) {
        String key = TextNormalizer.labelKeyOfRaw(heading);
        return key.isEmpty() || "一二三四五六".indexOf(key.charAt(0)) < 0 ? key : key.substring(1);
    }

    private static LabelIndex t2Index(LabelRules l, double sim) {
        LabelIndex ix = new LabelIndex(sim);
        for (String b : l.t2().blocks()) ix.add(LabelIndex.Kind.BLOCK, null, b, List.of());
        for (String h : l.t2().headers()) ix.add(LabelIndex.Kind.HEADER, null, h, List.of());
        for (LabelRules.Label c : l.t2().columns()) ix.add(LabelIndex.Kind.COLUMN, c.key(), c.label(), c.aliasList());
        for (LabelRules.Label r : l.t2().rows()) ix.add(LabelIndex.Kind.ROW, r.key(), r.label(), r.aliasList());
        if (l.t2().oldFormat() != null) for (LabelRules.OldLabel o : l.t2().oldFormat()) {
            LabelIndex.Kind kind = switch (o.kind() == null ? "" : o.kind()) {
                case "row" -> LabelIndex.Kind.OLD_ROW;
                case "block" -> LabelIndex.Kind.OLD_BLOCK;
                default -> LabelIndex.Kind.OLD_COLUMN;
            };
            ix.add(kind, o.key(), o.label(), List.of());
        }
        return ix;
    }

    private static LabelIndex t3Index(LabelRules l, double sim) {
        LabelIndex ix = new LabelIndex(sim);
        for (LabelRules.Label r : l.t3().rows()) ix.add(LabelIndex.Kind.ROW, r.key(), r.label(), r.aliasList());
        for (LabelRules.Group g : l.t3().groups()) ix.add(LabelIndex.Kind.GROUP, g.key(), g.label(), List.of());
        for (String h : l.t3().headers()) ix.add(LabelIndex.Kind.HEADER, null, h, List.of());
        return ix;
    }

    private static LabelIndex t4Index(LabelRules l, double sim) {
        LabelIndex ix = new LabelIndex(sim);
        for (String h : l.t4().headers()) ix.add(LabelIndex.Kind.HEADER, null, h, List.of());
        return ix;
    }

    /** Compiles the regular expressions of one file, reporting each bad one as file:line. */
    static final class Compiler {
        private final Path file;
        private final List<ConfigProblem> problems;
        private Map<String, Integer> lines;

        Compiler(Path file, List<ConfigProblem> problems) {
            this.file = file;
            this.problems = problems;
        }

        Pattern compile(String regex) {
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                problem(regex, cn.zwgk.audit.config.RegexErrors.describe(e) + "：" + regex);
                return null;
            }
        }

        void problem(String message) {
            problems.add(new ConfigProblem(file.toString(), 0, message));
        }

        void problem(String value, String message) {
            problems.add(new ConfigProblem(file.toString(), lineOf(value), message));
        }

        /** The line where a scalar value stands in the YAML file, or 0. */
        private int lineOf(String value) {
            if (lines == null) lines = scalarLines(file);
            return lines.getOrDefault(value, 0);
        }

        private static Map<String, Integer> scalarLines(Path file) {
            Map<String, Integer> map = new HashMap<>();
            try (JsonParser p = new YAMLFactory().createParser(Files.readString(file, StandardCharsets.UTF_8))) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) map.putIfAbsent(p.getText(), p.currentTokenLocation().getLineNr());
                }
            } catch (IOException | RuntimeException e) {
                // the file parsed once already; without locations the problem is reported at line 0
            }
            return map;
        }
    }
}
