package cn.zwgk.audit.engine;

import cn.zwgk.audit.compare.Comparisons;
import cn.zwgk.audit.compare.Parallel;
import cn.zwgk.audit.compare.SimilarityConfig;
import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.YamlFiles;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.read.Documents;
import cn.zwgk.audit.read.SourceDocument;
import cn.zwgk.audit.read.SourceLine;
import cn.zwgk.audit.read.UnreadableInputException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs the rule test cases kept beside the rules ({@code rules/tests/}), the way {@code opa test} does. */
public final class RuleTests {

    /**
     * @param file     the test file
     * @param line     the line of the case's name in it
     * @param name     the case's name
     * @param must     the codes the case expects
     * @param mustNot  the codes (or severities) it forbids
     * @param says     words some finding's message must hold
     * @param saysNot  words no finding's message may hold
     * @param found    the findings the rules made, as "CODE（严重程度，第N行）"
     * @param failures what went wrong (a code that should have fired and did not, or the reverse); empty when passed
     */
    public record CaseResult(String file, int line, String name, List<String> must, List<String> mustNot,
                             List<String> says, List<String> saysNot, List<String> found, List<String> failures) {
        public CaseResult {
            says = says == null ? List.of() : says;
            saysNot = saysNot == null ? List.of() : saysNot;
        }

        CaseResult(Path file, int line, RuleCases.Case c, List<String> found, List<String> failures) {
            this(file.toString(), line, c.name(), c.must(), c.mustNot(), c.says(), c.saysNot(), found, failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }

        /** What the case expects, in one line. */
        public String expected() {
            List<String> parts = new ArrayList<>();
            if (!must.isEmpty()) parts.add("须有 " + String.join("、", must));
            if (!mustNot.isEmpty()) parts.add("不得有 " + String.join("、", mustNot));
            if (!says.isEmpty()) parts.add("提示语须含 " + quoted(says));
            if (!saysNot.isEmpty()) parts.add("提示语不得含 " + quoted(saysNot));
            return String.join("；", parts);
        }

        private static String quoted(List<String> words) {
            return words.stream().map(w -> "“" + w + "”").collect(Collectors.joining("、"));
        }
    }

    /**
     * A run of the cases, with what they leave untested.
     *
     * @param results        the cases run (those the name filter selects)
     * @param uncoveredCodes codes some rule emits that no case names in {@code must}
     * @param uncoveredRules rules that can make a finding but made none in any case (only when every case ran)
     */
    public record Suite(List<CaseResult> results, List<String> uncoveredCodes, List<ConfigProblem> uncoveredRules) {
        public long failed() {
            return results.stream().filter(r -> !r.passed()).count();
        }
    }

    static final String FOLDER = "tests";
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

    private RuleTests() {}

    /** Compiles the rules and the parser configuration of {@code rulesDir}, then runs every case under tests/. */
    public static List<CaseResult> run(Path rulesDir) throws ConfigException {
        return run(rulesDir, ReportParser.fromRules(rulesDir), RuleBase.compile(rulesDir));
    }

    /** Runs the cases with an already compiled rule base and parser (those of {@code rulesDir}). */
    public static List<CaseResult> run(Path rulesDir, ReportParser parser, RuleBase rules) throws ConfigException {
        return suite(rulesDir, parser, rules, null).results();
    }

    /**
     * Runs the cases whose name (or file name) {@code name} finds (all when null), like {@code opa test --run}, and
     * lists the codes and rules no case covers.
     */
    public static Suite suite(Path rulesDir, ReportParser parser, RuleBase rules, Pattern name) throws ConfigException {
        return suite(cases(rulesDir, rules), parser, rules, name);
    }

    /**
     * As {@link #suite(Path, ReportParser, RuleBase, Pattern)} with the case files already loaded and checked. The
     * cases run side by side, one per core (each is independent: its own report, its own session); the results
     * keep the files' order. A report file several cases share is read once, and parsed once where unedited.
     */
    public static Suite suite(Cases cases, ReportParser parser, RuleBase rules, Pattern name) throws ConfigException {
        SimilarityConfig similarity = SimilarityConfig.load(cases.rulesDir);
        Set<String> emitting = ConcurrentHashMap.newKeySet();
        Set<String> named = new java.util.HashSet<>();
        Sources sources = new Sources(parser);
        List<Callable<CaseResult>> runs = new ArrayList<>();
        for (Loaded l : cases.files) {
            for (int i = 0; i < l.cases.cases().size(); i++) {
                RuleCases.Case c = l.cases.cases().get(i);
                named.addAll(c.must());
                if (name != null && !name.matcher(c.name()).find() && !name.matcher(l.file.getFileName().toString()).find()) {
                    continue;
                }
                int line = l.lines.get(i);
                runs.add(() -> runCase(l.file, line, c, sources, rules, emitting, similarity));
            }
        }
        List<CaseResult> results = runAll(runs);
        Set<String> emitted = rules.emittedCodes();
        List<String> uncoveredCodes = rules.codes().codes().stream()
                .filter(c -> emitted.contains(c) && rules.codes().enabled(c) && !named.contains(c)).toList();
        List<ConfigProblem> uncoveredRules = name != null ? List.of() : rules.findingRules().entrySet().stream()
                .filter(e -> !emitting.contains(e.getKey())).map(Map.Entry::getValue)
                .sorted(java.util.Comparator.comparing(ConfigProblem::file).thenComparingInt(ConfigProblem::line)).toList();
        return new Suite(results, uncoveredCodes, uncoveredRules);
    }

    /** A full run of the cases: its suite, and whether it was the stored result of an identical earlier run. */
    public record Run(Suite suite, boolean stored) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Every case under {@code rulesDir}/tests, as {@link #suite} runs them, or the stored results of an earlier run
     * when nothing they depend on has changed since ({@link RuleBaseCache#testsKey}: every file of the rules folder,
     * its cases and their reports, this program and Java, the {@code zwgk.*} settings), as a build skips a step whose
     * inputs are unchanged: the cases are deterministic, so the stored results are what running them again gives.
     */
    public static Run all(Path rulesDir, Cases cases, ReportParser parser, RuleBase rules) throws ConfigException {
        return all(RuleBaseCache.standard(), rulesDir, cases, parser, rules);
    }

    /** {@link #all} with the results stored in {@code cache}. */
    static Run all(RuleBaseCache cache, Path rulesDir, Cases cases, ReportParser parser, RuleBase rules)
            throws ConfigException {
        List<Path> reports = cases.reports();
        String key = cache.enabled() ? RuleBaseCache.testsKey(rulesDir, reports) : null;
        byte[] stored = cache.loadResults(key);
        if (stored != null) {
            try {
                return new Run(JSON.readValue(stored, Suite.class), true);
            } catch (IOException | RuntimeException e) {
                // damaged or of another form: run the cases
            }
        }
        Suite suite = suite(cases, parser, rules, null);
        // stored only when no file changed while the cases ran
        if (key != null && key.equals(RuleBaseCache.testsKey(rulesDir, reports))) {
            try {
                cache.storeResults(key, JSON.writeValueAsBytes(suite));
            } catch (IOException e) {
                // not stored: the next run runs the cases
            }
        }
        return new Run(suite, false);
    }

    /** The case files of a rule folder, read and checked (see {@link #cases}). */
    public static final class Cases {
        private final Path rulesDir;
        private final List<Loaded> files;

        private Cases(Path rulesDir, List<Loaded> files) {
            this.rulesDir = rulesDir;
            this.files = List.copyOf(files);
        }

        /** Every report file a case reads (its own, last year's, its peers'), wherever it is. */
        List<Path> reports() {
            return files.stream().flatMap(l -> l.cases.cases().stream().flatMap(c -> Stream.concat(Stream.of(c.report()),
                            c.others().stream().map(RuleCases.Other::report)).map(r -> l.file.resolveSibling(r))))
                    .map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
        }
    }

    /** Reads and checks every case file under tests/ without running a case; every problem of every file at once. */
    public static Cases cases(Path rulesDir, RuleBase rules) throws ConfigException {
        return new Cases(rulesDir, loadAll(rulesDir, rules));
    }

    /** Runs the cases on one thread per core, in order of the list. */
    private static List<CaseResult> runAll(List<Callable<CaseResult>> runs) {
        int threads = Math.max(1, Math.min(runs.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            List<CaseResult> results = new ArrayList<>();
            for (Callable<CaseResult> r : runs) results.add(call(r));
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rule-test");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CaseResult>> futures = new ArrayList<>();
            for (Callable<CaseResult> r : runs) futures.add(pool.submit(() -> call(r)));
            List<CaseResult> results = new ArrayList<>();
            for (Future<CaseResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("中断", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static CaseResult call(Callable<CaseResult> run) {
        try {
            return run.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The reports of one run of the cases: each file read once (the cases share a handful of reports, and reading
     * an HTML one is the dearest part of a case) and, where a case leaves it unedited, parsed once.
     */
    private static final class Sources {
        private final ReportParser parser;
        private final Map<Path, Object> read = new ConcurrentHashMap<>();
        private final Map<String, Report> parsed = new ConcurrentHashMap<>();

        Sources(ReportParser parser) {
            this.parser = parser;
        }

        /** The document of {@code path}, as {@link Documents#read} gives it (or throws). */
        SourceDocument read(Path path) throws UnreadableInputException {
            Object doc = read.computeIfAbsent(path, p -> {
                try {
                    return Documents.read(path);
                } catch (UnreadableInputException e) {
                    return e;
                }
            });
            if (doc instanceof UnreadableInputException e) throw e;
            return (SourceDocument) doc;
        }

        /** {@code doc} parsed; an unedited document ({@code key} not null) only once. */
        Report parse(String key, SourceDocument doc) {
            if (key == null) return parser.parse(doc);
            Report r = parsed.get(key);
            if (r == null) {
                r = parser.parse(doc);
                parsed.putIfAbsent(key, r);
            }
            return r;
        }
    }

    private static List<Loaded> loadAll(Path rulesDir, RuleBase rules) throws ConfigException {
        List<Path> files = caseFiles(rulesDir.resolve(FOLDER));
        List<Loaded> loaded = new ArrayList<>();
        List<ConfigProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                loaded.add(load(file, rules));
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return loaded;
    }

    /** A case file with the line of each case's name. */
    private record Loaded(Path file, RuleCases cases, List<Integer> lines) {}

    private static List<Path> caseFiles(Path dir) throws ConfigException {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(new ConfigProblem(dir.toString(), 0, "没有规则测试用例目录"));
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml") && Files.isRegularFile(p))
                    .sorted().toList();
            if (files.isEmpty()) throw new ConfigException(new ConfigProblem(dir.toString(), 0, "没有规则测试用例（*.yaml）"));
            return files;
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(dir.toString(), 0, "无法读取：" + e.getMessage()));
        }
    }

    /** Reads a case file and checks what can be checked before running: names, reports, codes, patterns. */
    private static Loaded load(Path file, RuleBase rules) throws ConfigException {
        RuleCases cases = YamlFiles.read(file, RuleCases.class);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "无法读取：" + e.getMessage()));
        }
        Set<String> codes = Set.copyOf(rules.codes().codes());
        List<ConfigProblem> problems = new ArrayList<>();
        List<Integer> caseLines = new ArrayList<>();
        if (cases.cases().isEmpty()) problems.add(new ConfigProblem(file.toString(), 0, "没有用例（cases）"));
        int from = 0;
        for (RuleCases.Case c : cases.cases()) {
            int line = c.name() == null ? 0 : lineOf(lines, "name:", c.name(), from);
            if (line > 0) from = line;
            caseLines.add(line);
            String where = c.name() == null ? "用例" : "用例“" + c.name() + "”";
            if (c.name() == null || c.name().isBlank()) {
                problems.add(new ConfigProblem(file.toString(), line, "用例缺少 name"));
            }
            if (c.report() == null || c.report().isBlank()) {
                problems.add(new ConfigProblem(file.toString(), line, where + "缺少 report（报告文件，相对本文件的路径）"));
            } else if (!Files.isRegularFile(file.resolveSibling(c.report()))) {
                problems.add(new ConfigProblem(file.toString(), lineOf(lines, "report:", c.report(), from),
                        where + "的报告文件不存在：" + file.resolveSibling(c.report())));
            }
            for (RuleCases.Other o : c.others()) {
                if (o.report() == null || !Files.isRegularFile(file.resolveSibling(o.report()))) {
                    problems.add(new ConfigProblem(file.toString(), lineOf(lines, "report:", String.valueOf(o.report()),
                            from), where + "的上年或同批报告文件不存在：" + o.report()));
                }
            }
            if (c.must().isEmpty() && c.mustNot().isEmpty() && c.says().isEmpty() && c.saysNot().isEmpty()) {
                problems.add(new ConfigProblem(file.toString(), line, where + "既没有 must、must_not，也没有 says、says_not"));
            }
            for (String words : concat(c.says(), c.saysNot())) {
                if (words == null || words.isBlank()) {
                    problems.add(new ConfigProblem(file.toString(), line, where + "：says/says_not 中有空的一项"));
                }
            }
            for (String code : concat(c.must(), c.mustNot())) {
                boolean severity = SEVERITIES.contains(code) && c.mustNot().contains(code);
                if (!severity && !codes.contains(code)) {
                    problems.add(new ConfigProblem(file.toString(), lineOf(lines, "", code, from),
                            where + "：未知的发现代码 " + code));
                }
            }
            List<RuleCases.Edit> edits = new ArrayList<>(c.edits());
            for (RuleCases.Other o : c.others()) edits.addAll(o.edits());
            for (RuleCases.Edit e : edits) {
                if ((e.replace() == null) == (e.regex() == null)) {
                    problems.add(new ConfigProblem(file.toString(), line, where + "：每个改动须是 replace 或 regex 之一"));
                } else if (e.replace() != null && (e.replace().from() == null || e.replace().from().isEmpty())) {
                    problems.add(new ConfigProblem(file.toString(), line, where + "：replace 缺少 from"));
                } else if (e.regex() != null) {
                    try {
                        Pattern.compile(e.regex().pattern() == null ? "" : e.regex().pattern());
                    } catch (PatternSyntaxException x) {
                        problems.add(new ConfigProblem(file.toString(), lineOf(lines, "pattern", "", from),
                                where + "：" + cn.zwgk.audit.config.RegexErrors.describe(x)));
                    }
                }
            }
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new Loaded(file, cases, caseLines);
    }

    private static CaseResult runCase(Path file, int line, RuleCases.Case c, Sources parser, RuleBase rules,
                                      Set<String> emitting, SimilarityConfig similarity) {
        List<String> failures = new ArrayList<>();
        Report report = report(file.resolveSibling(c.report()), null, c.edits(), parser, failures);
        if (report == null) return new CaseResult(file, line, c, List.of(), failures);
        RuleBase.Traced traced;
        try {
            traced = rules.evaluateTraced(report, comparisonFacts(file, c, report, parser, similarity, failures));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("被中断");
            return new CaseResult(file, line, c, List.of(), failures);
        }
        if (!failures.isEmpty()) {
            return new CaseResult(file, line, c, List.of(), failures);
        }
        emitting.addAll(traced.rules());
        List<Finding> findings = traced.findings();
        Set<String> fired = findings.stream().map(Finding::rule).collect(Collectors.toSet());
        for (String code : c.must()) {
            if (!fired.contains(code)) {
                failures.add("应出现 " + code + "，但没有出现（出现的是：" + (fired.isEmpty() ? "无" : String.join("、",
                        fired.stream().sorted().toList())) + "）");
            }
        }
        for (String code : c.mustNot()) {
            for (Finding f : findings) {
                if (f.rule().equals(code) || f.severity().code().equals(code)) {
                    failures.add("不应出现 " + f.rule() + "（" + f.severity().chinese() + "），但出现了："
                            + (f.line() == null ? "" : "第" + f.line() + "行 ") + f.message());
                }
            }
        }
        for (String words : c.says()) {
            if (findings.stream().noneMatch(f -> f.message() != null && f.message().contains(words))) {
                failures.add("应有提示语含“" + words + "”的发现，但没有（提示语是：" + (findings.isEmpty() ? "无"
                        : findings.stream().map(f -> f.rule() + " " + f.message()).collect(Collectors.joining("；")))
                        + "）");
            }
        }
        for (String words : c.saysNot()) {
            for (Finding f : findings) {
                if (f.message() != null && f.message().contains(words)) {
                    failures.add("不应有提示语含“" + words + "”的发现，但出现了：" + f.rule() + " " + f.message());
                }
            }
        }
        List<String> found = findings.stream().map(f -> f.rule() + "（" + f.severity().chinese()
                + (f.line() == null ? "" : "，第" + f.line() + "行") + "）").toList();
        return new CaseResult(file, line, c, found, failures);
    }

    /**
     * The facts of comparing the case's report with its previous and peer reports, as {@code check --previous} and a
     * batch would give them.
     */
    private static List<Object> comparisonFacts(Path file, RuleCases.Case c, Report report, Sources parser,
                                                SimilarityConfig similarity, List<String> failures)
            throws InterruptedException {
        if (c.others().isEmpty()) return List.of();
        Map<Path, Report> reports = new LinkedHashMap<>();
        reports.put(Path.of(report.file()), report);
        List<Path> previous = null;
        if (c.previous() != null) {
            Report last = report(file.resolveSibling(c.previous().report()), "上年", c.previous().edits(), parser,
                    failures);
            if (last == null) return List.of();
            previous = List.of(Path.of(last.file()));
            reports.put(previous.get(0), last);
        }
        List<Path> batch = new ArrayList<>(List.of(Path.of(report.file())));
        int n = 0;
        for (RuleCases.Other o : c.peers()) {
            Report peer = report(file.resolveSibling(o.report()), "同批" + (++n), o.edits(), parser, failures);
            if (peer == null) return List.of();
            batch.add(Path.of(peer.file()));
            reports.put(batch.get(batch.size() - 1), peer);
        }
        if (c.peers().isEmpty()) batch = List.of(Path.of(report.file()));
        Comparisons comparisons = Comparisons.prepare(batch, previous, Map.of(), reports::get, similarity,
                new Parallel(1));
        return comparisons.context(report).facts();
    }

    /**
     * The case's report with its edits applied, parsed as the audit would; null (and a failure) when an edit fails.
     *
     * @param role null for the case's own report, else a name that keeps another report's path apart from it
     */
    private static Report report(Path path, String role, List<RuleCases.Edit> edits, Sources parser,
                                 List<String> failures) {
        SourceDocument doc;
        String name = role == null ? path.toString() : path + "（" + role + "）";
        try {
            doc = parser.read(path);
        } catch (UnreadableInputException e) {
            return Report.unreadable(name, null, e.getMessage());
        }
        if (role != null) {
            String text = doc.lines().stream().map(SourceLine::text).collect(Collectors.joining("\n"));
            doc = SourceDocument.ofText(name, doc.format(), doc.encoding(), text);
        }
        if (!edits.isEmpty()) {
            String text = doc.lines().stream().map(SourceLine::text).collect(Collectors.joining("\n"));
            for (RuleCases.Edit e : edits) {
                String edited = apply(e, text);
                if (edited.equals(text)) {
                    failures.add("改动未生效：报告中找不到“" + (e.replace() != null ? e.replace().from()
                            : e.regex().pattern()) + "”");
                    return null;
                }
                text = edited;
            }
            if (text.isBlank()) return Report.unreadable(path.toString(), doc.format(), "文件为空");
            doc = SourceDocument.ofText(doc.file(), doc.format(), doc.encoding(), text);
        }
        try {
            return parser.parse(edits.isEmpty() ? name : null, doc);
        } catch (RuntimeException e) {
            failures.add("解析时出错（" + e.getClass().getSimpleName() + "）：" + e.getMessage());
            return null;
        }
    }

    private static String apply(RuleCases.Edit e, String text) {
        if (e.replace() != null) {
            return text.replace(e.replace().from(), e.replace().to() == null ? "" : e.replace().to());
        }
        String to = e.regex().to() == null ? "" : e.regex().to();
        return Pattern.compile(e.regex().pattern()).matcher(text).replaceAll(to);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The first line at or after {@code from} holding both the key and the value, for pointing at a case. */
    private static int lineOf(List<String> lines, String key, String value, int from) {
        for (int i = Math.max(from - 1, 0); i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains(key) && l.contains(value)) return i + 1;
        }
        return from;
    }

}
