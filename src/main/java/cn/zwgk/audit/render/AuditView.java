package cn.zwgk.audit.render;

import cn.zwgk.audit.format.TableLayout;
import cn.zwgk.audit.format.TableRegistry;
import cn.zwgk.audit.model.Audit;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.CellState;
import cn.zwgk.audit.model.Comparison;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.Severity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One audit as every per-report output shows it: the letter's variables, the findings grouped by section with their
 * location and numbers worded, and tables 三 and 四 cell by cell with the cells the findings are about marked. An
 * output lays this out; it decides nothing and words nothing of its own.
 *
 * @param audit     the audit shown
 * @param context   what the letter knows beyond the audit (file name, agency, office, review, accepted findings)
 * @param date      the audit date
 * @param template  the office's wording (templates/report.yaml)
 * @param vars      the placeholders of the template: office, agency, addressee, year, reportName, file, date,
 *                  rulesVersion, verdict, errors, warnings, infos, total
 * @param title     the document's title
 * @param groups    the findings by section (0: title, period and the report as a whole), numbered throughout
 * @param tables    the appendix tables, as the format lays them out
 * @param names     a finding code's Chinese name
 * @param registry  the tables' names, for locations
 */
public record AuditView(Audit audit, LetterContext context, LocalDate date, ReportTemplate template,
                        Map<String, Object> vars,
                        String title, List<Group> groups, List<TableView> tables, Function<String, String> names,
                        TableRegistry registry) {

    /** The tables the appendix shows. */
    static final List<String> APPENDIX = List.of("T3", "T4");

    /** Findings of one section, under its heading. */
    public record Group(int section, String title, List<Item> findings) {}

    /**
     * One finding as shown: its number in the document, severity name, location, and the numbers as written.
     *
     * @param name     the code's Chinese name
     * @param expected the value required, "—" when there is none; likewise {@code actual}
     * @param expectedLabel what the expected side is called: 应为, or for a mismatch of two sides of the report
     *                      their neutral names (表格 / 正文) from the template's {@code sides}; likewise actualLabel
     */
    public record Item(int number, Finding finding, String name, String severity, String location, String expected,
                       String actual, String expectedLabel, String actualLabel) {

        public boolean hasNumbers() {
            return finding.expected() != null || finding.actual() != null;
        }
    }

    /** A table of the appendix; {@code present} false when the report has none. */
    public record TableView(TableLayout layout, String title, boolean present, List<Row> rows) {}

    /** A row of a table, after the headings of the groups that start at it. */
    public record Row(List<String> groupHeadings, String label, List<CellView> cells) {}

    /** A cell as shown: its text, what it holds, and whether a finding is about it. */
    public record CellView(String key, CellState state, String text, boolean flagged) {}

    public static AuditView of(Audit audit, LetterContext context, ReportTemplate t, TableRegistry tables,
                               LocalDate date, Function<String, String> names) {
        Map<String, Object> vars = variables(audit, context, t, date);
        return new AuditView(audit, context, date, t, Map.copyOf(vars), TitleLines.balance(Templates.fill(t.title(), vars)),
                groups(audit, context, t, tables, names), appendix(audit, t, tables), names, tables);
    }

    /** A finding in one line, for the lists of a review: its Chinese name and where it is. */
    public String brief(Finding f) {
        String where = location(f, template, registry);
        return names.apply(f.rule()) + (where.isEmpty() ? "" : "（" + where + "）");
    }

    public boolean passed() {
        return "pass".equals(audit.verdict());
    }

    /** A template string with this audit's placeholders filled. */
    public String fill(String template) {
        return Templates.fill(template, vars);
    }

    private static Map<String, Object> variables(Audit audit, LetterContext c, ReportTemplate t, LocalDate date) {
        Report r = audit.report();
        Map<String, Object> v = new HashMap<>();
        String agency = c.agency();
        boolean named = agency != null && !agency.isBlank();
        v.put("office", t.office());
        for (String k : OFFICE_KEYS) v.put(k, "");
        v.putAll(c.office());
        v.put("agency", named ? agency : "");
        v.put("addressee", named ? agency : t.unnamedAgency());
        v.put("year", r.year() != null ? r.year().toString() : "");
        v.put("file", c.file());
        v.put("date", t.date(date));
        v.put("rulesVersion", audit.rulesVersion());
        v.put("verdict", t.verdict().get(audit.verdict()));
        v.put("errors", audit.count(Severity.ERROR));
        v.put("warnings", audit.count(Severity.WARNING));
        v.put("infos", audit.count(Severity.INFO));
        v.put("total", audit.findings().size());
        v.put("office", Templates.fill(String.valueOf(v.get("office")), v));
        v.put("reportName", Templates.fill(r.year() != null ? t.reportName() : t.reportNameNoYear(), v));
        boolean details = !String.valueOf(v.get("deadline")).isBlank();
        v.put("requirements", details ? Templates.fill(t.requirements(), v) : "");
        boolean otherYear = c.expectedYear() != null && r.year() != null && !c.expectedYear().equals(r.year());
        v.put("expectedYear", c.expectedYear() == null ? "" : c.expectedYear().toString());
        v.put("yearNote", otherYear ? Templates.fill(t.yearNote(), v) : "");
        if (c.review() != null) {
            v.put("previousRun", c.review().previousRun());
            v.put("previousDate", c.review().previousDate());
            v.put("previousFile", c.review().previousFile());
        }
        v.put("compared", compared(audit.comparison(), t));
        return v;
    }

    /** What the report was compared with, in the office's words; empty when with nothing. */
    private static String compared(Comparison c, ReportTemplate t) {
        List<String> parts = new ArrayList<>();
        if (c.previous() != null) {
            Integer y = c.previous().year();
            parts.add(Templates.fill(t.compared().get("previous"), Map.of(
                    "lastYearFile", LetterContext.fileName(c.previous().file()),
                    "lastYear", y == null ? "—" : y.toString())));
        }
        if (c.unmatched() != null) parts.add(Templates.fill(t.compared().get("unmatched"), Map.of("reason", c.unmatched())));
        if (c.peers() > 0) parts.add(Templates.fill(t.compared().get("peers"), Map.of("peers", c.peers())));
        return String.join("；", parts);
    }

    /** The office's details a template may name; empty until office.yaml gives them. */
    static final List<String> OFFICE_KEYS = List.of("docNumber", "deadline", "contact", "phone");

    private static List<Group> groups(Audit audit, LetterContext c, ReportTemplate t, TableRegistry tables,
                                      Function<String, String> names) {
        Map<Integer, List<Finding>> bySection = new TreeMap<>();
        for (Finding f : audit.findings()) {
            if (c.shows(f.severity())) bySection.computeIfAbsent(section(f, tables), k -> new ArrayList<>()).add(f);
        }
        List<Group> groups = new ArrayList<>();
        int n = 0;
        for (var g : bySection.entrySet()) {
            List<Item> items = new ArrayList<>();
            for (Finding f : g.getValue()) {
                Map<String, String> sides = t.sides().getOrDefault(f.rule(), Map.of());
                items.add(new Item(++n, f, names.apply(f.rule()),
                        t.severity().getOrDefault(f.severity() == null ? "" : f.severity().code(), ""),
                        location(f, t, tables), number(f.expected()), number(f.actual()),
                        sides.getOrDefault("expected", t.label("expected")),
                        sides.getOrDefault("actual", t.label("actual"))));
            }
            String title = t.sections().getOrDefault(Integer.toString(g.getKey()), t.sections().get("0"));
            groups.add(new Group(g.getKey(), title, List.copyOf(items)));
        }
        return List.copyOf(groups);
    }

    /** The section a finding belongs to: its own, else its table's, else 0. */
    private static int section(Finding f, TableRegistry tables) {
        if (f.section() != null && f.section() >= 1 && f.section() <= 6) return f.section();
        Integer s = tables.sectionOf(f.table());
        return s == null ? 0 : s;
    }

    /** Where a finding is, as a letter words it: line, table, row, column (or its section). */
    public static String location(Finding f, ReportTemplate t, TableRegistry tables) {
        List<String> parts = new ArrayList<>();
        if (f.line() != null && f.line() > 0) parts.add(Templates.fill(t.lineFormat(), Map.of("line", f.line())));
        if (f.table() != null) {
            parts.add(tables.table(f.table()).map(TableLayout::name).orElse(f.table()));
        }
        if (f.row() != null) parts.add(f.row());
        if (f.column() != null) parts.add(f.column());
        if (parts.isEmpty() && f.section() != null) parts.add(t.sections().getOrDefault(f.section().toString(), ""));
        return String.join(" · ", parts);
    }

    private static String number(Number n) {
        if (n == null) return "—";
        if (n instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    private static List<TableView> appendix(Audit audit, ReportTemplate t, TableRegistry tables) {
        Map<String, Cell> cells = new HashMap<>();
        for (Cell c : audit.report().cells()) cells.put(c.key(), c);
        Set<String> flagged = new HashSet<>();
        for (Finding f : audit.findings()) flagged.addAll(f.cells());
        List<TableView> out = new ArrayList<>();
        for (String id : APPENDIX) {
            TableLayout layout = tables.get(id);
            boolean present = audit.report().tables().stream().anyMatch(tb -> id.equals(tb.id()))
                    || cells.values().stream().anyMatch(c -> id.equals(c.table()));
            List<Row> rows = new ArrayList<>();
            Map<String, List<TableLayout.Group>> headings = layout.groupsByFirstRow();
            for (TableLayout.Row row : layout.rows()) {
                List<CellView> line = new ArrayList<>();
                for (TableLayout.Column col : layout.columns()) {
                    String key = Cell.key(id, row.key(), col.key());
                    line.add(cell(key, cells.get(key), flagged.contains(key), t));
                }
                List<String> over = headings.getOrDefault(row.key(), List.of()).stream()
                        .map(TableLayout.Group::label).toList();
                rows.add(new Row(over, row.label(), List.copyOf(line)));
            }
            out.add(new TableView(layout, t.appendix().get(id), present, List.copyOf(rows)));
        }
        return List.copyOf(out);
    }

    private static CellView cell(String key, Cell cell, boolean flagged, ReportTemplate t) {
        CellState state = cell == null ? CellState.MISSING : cell.state();
        String text = switch (state) {
            case NUMBER, NEGATIVE -> cell.value() != null ? cell.value().toString() : String.valueOf(cell.raw());
            case DECIMAL -> cell.amount() != null ? cell.amount().toPlainString() : String.valueOf(cell.raw());
            case BLANK -> t.appendix().get("blank");
            case MISSING -> t.appendix().get("missing");
            case DASH, TEXT -> cell.raw() == null ? "" : abbreviate(cell.raw().strip(), 8);
        };
        return new CellView(key, state, text, flagged);
    }

    private static String abbreviate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
