package cn.zwgk.audit.parse;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.YamlFiles;
import cn.zwgk.audit.format.ReportFormat;
import cn.zwgk.audit.format.Restates;
import cn.zwgk.audit.format.TableLayout;
import cn.zwgk.audit.format.TableRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** rules/labels.yaml read, checked and turned into the {@link TableRegistry} everyone else uses. */
public record LabelsFile(LabelRules labels, TableRegistry tables) {

    static final String FILE = "labels.yaml";

    /** The format of a rule folder: section headings (sections.yaml) and tables (labels.yaml). */
    public static ReportFormat format(Path rulesDir) throws ConfigException {
        SectionRules s = YamlFiles.read(rulesDir.resolve("sections.yaml"), SectionRules.class);
        Map<Integer, String> headings = new HashMap<>();
        if (s.sections() != null) for (SectionRules.SectionDef d : s.sections()) {
            if (d.canonical() != null) headings.put(d.number(), d.canonical());
        }
        TableRegistry tables = load(rulesDir).tables();
        Path claimsFile = rulesDir.resolve("claims.yaml");
        ClaimRules claims = YamlFiles.read(claimsFile, ClaimRules.class);
        Set<String> metrics = new HashSet<>();
        if (claims.patterns() != null) for (ClaimRules.PatternDef d : claims.patterns()) {
            if (d.metric() != null) metrics.add(d.metric());
        }
        // the lexicon's own problems are reported by the parser's configuration (ParserConfig), with file and line
        List<ConfigProblem> ignored = new ArrayList<>();
        metrics.addAll(Lexicon.compile(claims.lexicon(), new ParserConfig.Compiler(claimsFile, ignored)).metrics());
        return new ReportFormat(headings, tables, restates(claimsFile, claims, metrics, tables), metrics);
    }

    /** claims.yaml's {@code restates}, each checked against the tables and the metrics the patterns find. */
    private static List<Restates> restates(Path file, ClaimRules c, Set<String> metrics, TableRegistry tables)
            throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        ParserConfig.Compiler cc = new ParserConfig.Compiler(file, problems);
        List<Restates> out = new ArrayList<>();
        if (c.restates() != null) for (ClaimRules.RestatesDef d : c.restates()) {
            String at = String.valueOf(d.metric());
            if (d.metric() == null || !metrics.contains(d.metric())) {
                cc.problem(at, "restates: 指标“" + d.metric() + "”在 lexicon.words 和 patterns 中都没有");
                continue;
            }
            TableLayout t = tables.table(d.table()).orElse(null);
            if (t == null) {
                cc.problem(at, "restates " + d.metric() + "：labels.yaml 中没有表“" + d.table() + "”");
                continue;
            }
            if (t.column(d.column()).isEmpty()) {
                cc.problem(at, "restates " + d.metric() + "：" + d.table() + " 没有列“" + d.column() + "”");
            }
            List<String> rows = new ArrayList<>();
            if (d.group() != null) {
                if (t.group(d.group()).isEmpty()) cc.problem(at, "restates " + d.metric() + "：" + d.table() + " 没有分组“" + d.group() + "”");
                t.rowsOf(d.group()).forEach(r -> rows.add(r.key()));
            }
            if (d.rows() != null) for (String r : d.rows()) {
                if (t.row(r).isEmpty()) cc.problem(at, "restates " + d.metric() + "：" + d.table() + " 没有行“" + r + "”");
                rows.add(r);
            }
            if (rows.isEmpty()) cc.problem(at, "restates " + d.metric() + "：须写明 rows 或 group");
            if (d.also() != null) for (String r : d.also()) {
                if (t.row(r).isEmpty()) cc.problem(at, "restates " + d.metric() + "：" + d.table() + " 没有行“" + r + "”");
            }
            out.add(new Restates(d.metric(), d.table(), rows, d.column(), d.label() != null ? d.label() : d.metric(),
                    d.also(), d.alsoLabel()));
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return out;
    }

    static LabelsFile load(Path rulesDir) throws ConfigException {
        Path file = rulesDir.resolve(FILE);
        LabelRules l = YamlFiles.read(file, LabelRules.class);
        List<ConfigProblem> problems = new ArrayList<>();
        ParserConfig.Compiler lc = new ParserConfig.Compiler(file, problems);
        validate(l, lc);
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new LabelsFile(l, registry(l, lc));
    }

    /** labels.yaml must name every table's rows and columns; a label without key or text is useless. */
    private static void validate(LabelRules l, ParserConfig.Compiler lc) {
        if (l.t2() == null || l.t3() == null || l.t4() == null) {
            lc.problem("须配置 T2、T3 和 T4 三张表的标签");
            return;
        }
        if (l.t2().blocks() == null || l.t2().headers() == null || l.t2().columns() == null || l.t2().rows() == null) {
            lc.problem("T2 须配置 blocks、headers、columns 和 rows");
        } else {
            for (LabelRules.Label r : l.t2().rows()) {
                if (r.key() == null || r.label() == null || r.columns() == null || r.columns().isEmpty()) {
                    lc.problem(String.valueOf(r.label()), "T2 的每一行须有 key、label 和 columns");
                }
            }
            checkLabels(l.t2().columns(), "T2", lc);
        }
        if (l.t3().rows() == null || l.t3().columns() == null || l.t3().groups() == null || l.t3().headers() == null) {
            lc.problem("T3 须配置 rows、columns、groups 和 headers");
        } else checkLabels(l.t3().rows(), "T3", lc);
        if (l.t4().rows() == null || l.t4().columns() == null || l.t4().headers() == null) {
            lc.problem("T4 须配置 rows、columns 和 headers");
        } else checkLabels(l.t4().rows(), "T4", lc);
        checkTable("T2", l.t2().name(), l.t2().section(), lc);
        checkTable("T3", l.t3().name(), l.t3().section(), lc);
        checkTable("T4", l.t4().name(), l.t4().section(), lc);
    }

    private static void checkTable(String id, String name, int section, ParserConfig.Compiler lc) {
        if (name == null || name.isBlank() || section < 1 || section > 6) {
            lc.problem(id + " 须有 name（如 表三）和 section（所在部分 1 至 6）");
        }
    }

    private static void checkLabels(List<LabelRules.Label> labels, String table, ParserConfig.Compiler lc) {
        for (LabelRules.Label x : labels) {
            if (x.key() == null || x.label() == null) lc.problem(String.valueOf(x.label()), table + " 的标签须有 key 和 label");
        }
    }

    private static TableRegistry registry(LabelRules l, ParserConfig.Compiler lc) {
        List<TableLayout.Column> t2Columns = l.t2().columns().stream()
                .map(c -> new TableLayout.Column(c.key(), c.label())).toList();
        TableLayout t2 = layout("T2", l.t2().name(), l.t2().section(), l.t2().rows(), t2Columns, List.of(), null, lc);
        List<TableLayout.Column> t3Columns = l.t3().columns().stream().map(c -> new TableLayout.Column(c, c)).toList();
        TableLayout t3 = layout("T3", l.t3().name(), l.t3().section(), l.t3().rows(), t3Columns, l.t3().groups(), null,
                lc);
        List<TableLayout.Column> t4Columns = l.t4().columns().stream().map(c -> new TableLayout.Column(c, c)).toList();
        TableLayout t4 = layout("T4", l.t4().name(), l.t4().section(), l.t4().rows(), t4Columns, List.of(),
                l.t4().columnLabel(), lc);
        return new TableRegistry(List.of(t2, t3, t4));
    }

    private static TableLayout layout(String id, String name, int section, List<LabelRules.Label> rows,
                                      List<TableLayout.Column> columns, List<LabelRules.Group> groupDefs,
                                      String columnLabel, ParserConfig.Compiler lc) {
        Map<String, String> parents = new HashMap<>();
        List<TableLayout.Group> groups = new ArrayList<>();
        for (LabelRules.Group g : groupDefs) {
            if (g.key() == null || g.label() == null) {
                lc.problem(String.valueOf(g.label()), id + " 的分组须有 key 和 label");
                continue;
            }
            parents.put(g.key(), g.group());
            groups.add(new TableLayout.Group(g.key(), g.label(), g.group()));
        }
        Set<String> columnKeys = new HashSet<>();
        for (TableLayout.Column c : columns) columnKeys.add(c.key());
        List<TableLayout.Row> out = new ArrayList<>();
        for (LabelRules.Label r : rows) {
            List<String> under = new ArrayList<>();
            for (String g = r.group(); g != null && !under.contains(g); g = parents.get(g)) {
                if (!parents.containsKey(g)) {
                    lc.problem(g, id + " 的行 " + r.key() + " 所在分组 " + g + " 未在 groups 中定义");
                    break;
                }
                under.add(g);
            }
            List<String> cols = r.columns() != null ? r.columns() : columns.stream().map(TableLayout.Column::key).toList();
            for (String c : cols) if (!columnKeys.contains(c)) lc.problem(c, id + " 的行 " + r.key() + " 的列 " + c + " 未在 columns 中定义");
            out.add(new TableLayout.Row(r.key(), r.label(), cols, under));
        }
        return new TableLayout(id, section, name, out, columns, groups, columnLabel);
    }
}
