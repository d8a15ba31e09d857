package cn.zwgk.audit.engine;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.InBackground;
import cn.zwgk.audit.format.ReportFormat;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.RuleFailure;
import cn.zwgk.audit.parse.LabelsFile;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The DRL rules of a rule folder, compiled once; thread-safe, one fresh session per report. */
public final class RuleBase {

    static final String MESSAGES = "messages.yaml";
    static final String CODES = Codes.FILE;

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final AtomicLong BUILDS = new AtomicLong();

    /** Findings sorted by section (report-wide ones first), then line, then code. */
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.section() == null ? 0 : f.section())
            .thenComparing(f -> f.line() == null ? 0 : f.line())
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.column() == null ? "" : f.column());

    /** The compiled rules; served from the cache, they may still be loading (see {@link #compile(Path)}). */
    private final InBackground<KieBase> kieBase;
    /**
     * Sessions reset and reused from report to report (a new session costs more than firing the rules), of the whole
     * base or a leaner one ({@link Sessions}). Made at the first evaluation, when the compiled rules are there.
     */
    private volatile Sessions sessions;
    private final Messages messages;
    private final Codes codes;
    private final List<ConfigProblem> warnings;
    private final Map<String, ConfigProblem> sites;
    private final Set<String> emitted;
    private final ReportFormat format;
    private final String version;
    private final RuleBudget budget;
    /** A fresh copy of the compiled rules, read back from the cache, to make the lean base of; null: none. */
    private final Supplier<KieBase> copies;
    /** Reports after which the lean base is made (see {@link Sessions}); tests choose their own. */
    private int leanAfter = Sessions.MAKE_AFTER;

    /** After this many broken rules on one report the report is not audited around them any more. */
    private static final int MAX_FAILED_RULES = 5;

    private RuleBase(InBackground<KieBase> kieBase, Messages messages, Codes codes, List<ConfigProblem> warnings,
                     Map<String, ConfigProblem> sites, Set<String> emitted, ReportFormat format, String version,
                     RuleBudget budget, Supplier<KieBase> copies) {
        this.copies = copies;
        this.sites = Map.copyOf(sites);
        this.emitted = Set.copyOf(emitted);
        this.kieBase = kieBase;
        this.messages = messages;
        this.codes = codes;
        this.warnings = List.copyOf(warnings);
        this.format = format;
        this.version = version;
        this.budget = budget;
    }

    /**
     * Compiles {@code rulesDir/*.drl} with codes.yaml, messages.yaml and the format they name. Every problem of every
     * file comes back at once as file:line in Chinese, not just the first.
     *
     * <p>Rules compiled by an earlier run (the same files, program and Java: see {@link RuleBaseCache}) are loaded
     * from the cache on a thread of their own, from the start: the lint and the YAML files are read beside it, and
     * the base returns before the load ends, so that the caller parses its reports meanwhile; the first evaluation
     * waits for it. Such rules passed the same lint and compile before, so nothing the office must see can come of it.
     */
    public static RuleBase compile(Path rulesDir) throws ConfigException {
        return compile(rulesDir, RuleBaseCache.standard());
    }

    static RuleBase compile(Path rulesDir, RuleBaseCache cache) throws ConfigException {
        if (!Files.isDirectory(rulesDir)) {
            throw new ConfigException(new ConfigProblem(rulesDir.toString(), 0, "规则目录不存在"));
        }
        List<Path> drls = drlFiles(rulesDir);
        if (drls.isEmpty()) {
            throw new ConfigException(new ConfigProblem(rulesDir.toString(), 0, "规则目录中没有 .drl 规则文件"));
        }
        String key = cache.enabled() ? RuleBaseCache.key(rulesDir) : null;
        InBackground<KieBase> cached = cache.has(key) ? InBackground.start("rulebase", () -> {
            KieBase loaded = cache.load(key);
            // a damaged entry (deleted by the load): compile as if there had been none, and store it again
            return loaded != null ? loaded : compile(rulesDir, cache).kieBase.get();
        }) : null;
        List<ConfigProblem> problems = new ArrayList<>();
        Messages messages = load(problems, () -> Messages.load(rulesDir.resolve(MESSAGES)));
        Codes codes = load(problems, () -> Codes.load(rulesDir.resolve(CODES)));
        ReportFormat format = load(problems, () -> LabelsFile.format(rulesDir));
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path drl : drls) texts.put(drl, read(drl));

        List<ConfigProblem> warnings = List.of();
        if (messages != null && codes != null && format != null) {
            List<ConfigProblem> linted = RuleLint.check(texts, messages, codes, format);
            problems.addAll(linted.stream().filter(p -> !p.warning()).toList());
            warnings = linted.stream().filter(ConfigProblem::warning).toList();
        }
        // a rule without its end or a parenthesis left open derails Drools' parser for the rest of the file (and it
        // blames a later line): say that alone for such a file
        Map<Path, String> whole = new LinkedHashMap<>();
        for (var e : texts.entrySet()) {
            List<ConfigProblem> ends = new ArrayList<>(DrlErrors.missingEnds(e.getKey(), e.getValue()));
            if (ends.isEmpty()) ends.addAll(DrlErrors.unbalanced(e.getKey(), e.getValue()));
            problems.addAll(ends);
            if (ends.isEmpty()) whole.put(e.getKey(), e.getValue());
        }
        if (cached != null && problems.isEmpty()) {
            return new RuleBase(cached, messages, codes, warnings, sites(texts), RuleLint.emitted(texts), format,
                    hash(rulesDir), RuleBudget.DEFAULT, () -> cache.load(key));
        }

        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("cn.zwgk.audit", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        // rules extend rules of other files: with a file left out, the others' errors would only be its echo
        List<ConfigProblem> built = whole.size() < texts.size() ? List.of() : build(ks, releaseId, whole);
        if (!built.isEmpty()) {
            // a syntax error makes Drools drop the file's package and blame its neighbours: then report it alone
            List<ConfigProblem> syntax = new ArrayList<>();
            for (var e : whole.entrySet()) syntax.addAll(syntaxErrors(e.getKey(), e.getValue()));
            problems.addAll(syntax.isEmpty() ? built : syntax);
        }
        if (!problems.isEmpty() || whole.size() < texts.size()) {
            ks.getRepository().removeKieModule(releaseId);
            problems.sort(Comparator.comparing(ConfigProblem::file).thenComparingInt(ConfigProblem::line));
            throw new ConfigException(problems.stream().distinct().toList());
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        // the compiled base lives on; the module only served this build
        ks.getRepository().removeKieModule(releaseId);
        cache.store(key, kieBase);
        return new RuleBase(InBackground.done(kieBase), messages, codes, warnings, sites(texts), RuleLint.emitted(texts), format,
                hash(rulesDir), RuleBudget.DEFAULT, key == null ? null : () -> cache.load(key));
    }

    private interface Loader<T> {
        T load() throws ConfigException;
    }

    /** Loads one file of the folder; its problems join the others' instead of hiding them. */
    private static <T> T load(List<ConfigProblem> problems, Loader<T> loader) {
        try {
            return loader.load();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * Inserts the report's facts into a new session, fires all rules, returns the findings sorted. A rule that throws,
     * loops (more than {@link RuleBudget#firings()} firings) or runs past {@link RuleBudget#millis()} is left out and
     * the report audited again without it: the findings of the rules that worked stand, and a {@link RuleFailure} fact
     * lets the rule RULE_FAILED name the broken rule. Never throws for a rule bug.
     */
    public List<Finding> evaluate(Report report) {
        return evaluate(report, List.of());
    }

    /**
     * As {@link #evaluate(Report)}, with facts from beyond the report: last year's report, the batch's similarities
     * ({@code compare.Comparisons}).
     */
    public List<Finding> evaluate(Report report, List<Object> extra) {
        return evaluateTraced(report, extra).findings();
    }

    /** Findings and the rules that made them. */
    record Traced(List<Finding> findings, Set<String> rules) {}

    /** {@link #evaluate(Report, List)} that also says which rules made a finding (for the rule tests' coverage). */
    Traced evaluateTraced(Report report, List<Object> extra) {
        List<RuleFailure> failures = new ArrayList<>();
        Set<String> left = new HashSet<>();
        Set<String> removed = new HashSet<>();
        List<Object> facts = facts(report);
        facts.addAll(extra);
        RuleRun run = fire(facts, failures, left, removed);
        while (run.failure() != null && run.failure().rule() != null && failures.size() < MAX_FAILED_RULES) {
            failures.add(run.failure());
            left.add(run.failure().rule());
            if (run.inCondition()) removed.add(run.failure().rule());
            RuleRun again = fire(facts, failures, left, removed);
            // no base without the rule could be made: the file is reported as before
            if (again == null) break;
            run = again;
        }
        if (run.failure() != null) {
            // not one rule to leave out, too many broken rules to audit around, or no base without the rule: the
            // batch reports this file
            RuleFailure f = run.failure();
            throw new IllegalStateException(f.rule() == null ? "规则执行出错：" + f.reason()
                    : failures.size() >= MAX_FAILED_RULES ? "规则执行出错：" + MAX_FAILED_RULES
                            + " 条以上的规则在此报告上失败，最后一条为“" + f.rule() + "”：" + f.reason()
                    : "规则执行出错：规则“" + f.rule() + "”" + f.reason());
        }
        List<Finding> findings = new ArrayList<>(run.findings());
        findings.sort(ORDER);
        return new Traced(List.copyOf(findings), run.emitting());
    }

    /**
     * One firing, in the leanest base that holds every rule these facts can fire; with rules whose conditions threw,
     * in the base without them (null when it cannot be made).
     */
    private RuleRun fire(List<Object> facts, List<RuleFailure> failures, Set<String> left, Set<String> removed) {
        Sessions all = sessions();
        Sessions.Choice choice = removed.isEmpty() ? all.choose(failures.isEmpty() ? facts : with(facts, failures))
                : all.without(removed);
        if (choice == null) return null;
        RuleRun run = RuleRun.fire(choice, new Emit(messages, codes, format), facts, failures, left, budget);
        if (!run.insertedLacking()) return run;
        return RuleRun.fire(all.whole(), new Emit(messages, codes, format), facts, failures, left, budget);
    }

    private static List<Object> with(List<Object> facts, List<RuleFailure> failures) {
        List<Object> all = new ArrayList<>(facts);
        all.addAll(failures);
        return all;
    }

    /** The same rules with another work and time budget per report (tests use a short one). */
    public RuleBase withBudget(RuleBudget budget) {
        return new RuleBase(kieBase, messages, codes, warnings, sites, emitted, format, version, budget, copies);
    }

    /** The same messages and format over another compiled base (to compare a cached base with a fresh one). */
    RuleBase withKieBase(KieBase other) {
        return new RuleBase(InBackground.done(other), messages, codes, warnings, sites, emitted, format, version, budget,
                null);
    }

    /** The same rules, making their lean base after {@code reports} reports (tests: at once, or never). */
    RuleBase withLeanBaseAfter(int reports) {
        RuleBase copy = new RuleBase(kieBase, messages, codes, warnings, sites, emitted, format, version, budget, copies);
        copy.leanAfter = reports;
        return copy;
    }

    public RuleBudget budget() {
        return budget;
    }

    /** The session pools over the compiled rules, once they are loaded. */
    Sessions sessions() {
        Sessions pool = sessions;
        if (pool != null) return pool;
        synchronized (this) {
            if (sessions == null) {
                try {
                    sessions = new Sessions(kieBase.get(), copies, leanAfter);
                } catch (ConfigException e) {
                    // rules the cache held compiled before cannot fail to compile now, unless a file changed meanwhile
                    throw new IllegalStateException("规则库加载失败：" + e.getMessage(), e);
                }
            }
            return sessions;
        }
    }

    /** The format's facts (table layouts, restatements) and then the report's. */
    private List<Object> facts(Report report) {
        List<Object> facts = new ArrayList<>(format.facts());
        facts.addAll(report.facts());
        return facts;
    }

    /** A short hash of the rule folder's files, printed in every PDF and JSON. */
    public String version() {
        return version;
    }

    /** The finding codes with their Chinese names, severities and switches (codes.yaml). */
    public Codes codes() {
        return codes;
    }

    /** The codes the rules' {@code emit.rule("…")} name. */
    public Set<String> emittedCodes() {
        return emitted;
    }

    /** The rules that can make a finding (their then block calls emit), by name, with their file:line. */
    public Map<String, ConfigProblem> findingRules() {
        return sites;
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");

    private static Map<String, ConfigProblem> sites(Map<Path, String> texts) {
        Map<String, ConfigProblem> sites = new LinkedHashMap<>();
        for (var e : texts.entrySet()) {
            String[] lines = e.getValue().split("\\R", -1);
            String name = null;
            int at = 0;
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE.matcher(lines[i]);
                if (m.find()) {
                    name = m.group(1);
                    at = i + 1;
                } else if (name != null && DrlErrors.code(lines[i]).contains("emit.rule(")) {
                    sites.put(name, new ConfigProblem(e.getKey().toString(), at, "规则“" + name + "”"));
                    name = null;
                }
            }
        }
        return sites;
    }

    /** What {@code rules check} shows without refusing the rules (e.g. a code no rule emits). */
    public List<ConfigProblem> warnings() {
        return warnings;
    }

    private static List<ConfigProblem> syntaxErrors(Path file, String text) {
        DrlParser parser = new DrlParser();
        List<String> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try {
            parser.parse(false, text);
        } catch (DroolsParserException e) {
            raw.add(oneLine(e.getMessage()));
            lines.add(Math.max(e.getLineNumber(), 0));
        }
        for (DroolsError e : parser.getErrors()) {
            raw.add(oneLine(e.getMessage()));
            lines.add(e.getLines() != null && e.getLines().length > 0 ? Math.max(e.getLines()[0], 0) : 0);
        }
        List<ConfigProblem> problems = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            DrlErrors.translate(file, text, lines.get(i), raw.get(i), raw).ifPresent(problems::add);
        }
        // Drools says a syntax error once per token it then skips: the first of a line is the one to read
        return firstPerLine(problems);
    }

    private static List<ConfigProblem> firstPerLine(List<ConfigProblem> problems) {
        Map<String, ConfigProblem> first = new LinkedHashMap<>();
        for (ConfigProblem p : problems) first.putIfAbsent(p.file() + ":" + p.line(), p);
        return List.copyOf(first.values());
    }

    /** Compiles the files into the repository under {@code releaseId}; errors mapped back to the real files. */
    private static List<ConfigProblem> build(KieServices ks, ReleaseId releaseId, Map<Path, String> texts) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, Path> sources = new LinkedHashMap<>();
        for (var e : texts.entrySet()) {
            String path = packagePath(e.getValue()) + "/" + e.getKey().getFileName();
            sources.put(path, e.getKey());
            kfs.write("src/main/resources/" + path, e.getValue());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
        List<String> raw = messages.stream().map(m -> oneLine(m.getText())).toList();
        List<ConfigProblem> problems = new ArrayList<>();
        for (Message m : messages) {
            String text = oneLine(m.getText());
            Path file = sourceOf(m.getPath(), sources);
            if (file == null) file = fileOfExpression(text, texts);
            DrlErrors.translate(file, file == null ? null : texts.get(file), Math.max(m.getLine(), 0), text, raw)
                    .ifPresent(problems::add);
        }
        return problems;
    }

    private static Path sourceOf(String path, Map<String, Path> sources) {
        if (path == null) return null;
        for (var e : sources.entrySet()) {
            if (path.endsWith(e.getKey())) return e.getValue();
        }
        return null;
    }

    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?): \\[");

    /** Drools leaves out the file of some constraint errors; the expression it quotes finds it. */
    private static Path fileOfExpression(String message, Map<Path, String> texts) {
        Matcher m = EXPRESSION.matcher(message);
        if (!m.find()) return null;
        for (var e : texts.entrySet()) {
            if (e.getValue().contains(m.group(1).strip())) return e.getKey();
        }
        return null;
    }

    private static List<Path> drlFiles(Path dir) throws ConfigException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(dir.toString(), 0, "无法读取规则目录：" + e.getMessage()));
        }
    }

    private static String read(Path file) throws ConfigException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(file.toString(), 0, "无法读取：" + e.getMessage()));
        }
    }

    private static String packagePath(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') : "rules";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** SHA-256 over the names and bytes of the folder's rule and YAML files (rules, messages, patterns). */
    private static String hash(Path dir) throws ConfigException {
        try (Stream<Path> s = Files.list(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().matches(".*\\.(drl|ya?ml)"))
                    .sorted().toList()) {
                sha.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(dir.toString(), 0, "无法读取规则目录：" + e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
