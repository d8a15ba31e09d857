package cn.zwgk.audit.engine;

import cn.zwgk.audit.format.ReportFormat;
import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.Claim;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.LabelMatch;
import cn.zwgk.audit.model.OtherYearClaim;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.model.Severity;
import cn.zwgk.audit.model.SumClaim;
import cn.zwgk.audit.model.YearMention;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The DRL global {@code emit}: the only way a rule makes a finding, and the rules' few helpers. A rule's {@code then}
 * block names the code, says where and what, and calls {@link Draft#add()}; the severity comes from codes.yaml, the
 * message, advice and basis from messages.yaml. One instance per rule session, so it needs no locking.
 *
 * <pre>
 * emit.rule("T3_BALANCE").atColumnOf($a).cells($a, $b, $c, $d).expected($left).actual($right).add();
 * </pre>
 */
public final class Emit {

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六"};

    private final Messages messages;
    private final Codes codes;
    private final ReportFormat format;
    private final List<Finding> findings = new ArrayList<>();

    Emit(Messages messages, Codes codes, ReportFormat format) {
        this.messages = messages;
        this.codes = codes;
        this.format = format;
    }

    /** Starts a finding of {@code code}; its severity and whether it is on are codes.yaml's. */
    public Draft rule(String code) {
        return new Draft(code);
    }

    /**
     * The older spelling with a severity in the rule: codes.yaml's severity still decides ({@code rules check} warns
     * when the two differ), so a rule written this way keeps working.
     */
    public Draft rule(String code, String severity) {
        return new Draft(code);
    }

    List<Finding> findings() {
        return findings;
    }

    // --- helpers for conditions and consequences -----------------------------------------------------------------

    /** The format's heading of section {@code n} (sections.yaml), e.g. "三、收到和处理政府信息公开申请情况". */
    public String heading(int n) {
        return format.heading(n);
    }

    /** Cells (from {@code collectList}) by line, then in the table's order. */
    public List<Cell> inOrder(Collection<?> cells) {
        return cells.stream().map(Cell.class::cast)
                .sorted(Comparator.comparingInt(Cell::line).thenComparingInt(Cell::order)).toList();
    }

    /** The first of {@link #inOrder}. */
    public Cell first(Collection<?> cells) {
        return inOrder(cells).get(0);
    }

    /** What an invalid cell holds, in the words of messages.yaml ({@code CELL_INVALID.BLANK} …). */
    public String describe(Cell c) {
        Messages.Template t = messages.template("CELL_INVALID." + c.state());
        return t == null ? String.valueOf(c.raw()) : Messages.render(t.message(), Map.of("raw", nz(c.raw())));
    }

    /** Cells in order as "列 数、列 数" (their values as written). */
    public String values(Collection<?> cells) {
        return inOrder(cells).stream().map(c -> c.columnLabel() + " " + nz(c.raw())).collect(Collectors.joining("、"));
    }

    /** Cells in order as "列（所填）、列（所填）". */
    public String describe(Collection<?> cells) {
        return inOrder(cells).stream().map(c -> c.columnLabel() + "（" + describe(c) + "）")
                .collect(Collectors.joining("、"));
    }

    /** Column labels of cells, in order, each once, joined by "、". */
    public String columns(Collection<?> cells) {
        return inOrder(cells).stream().map(Cell::columnLabel).distinct().collect(Collectors.joining("、"));
    }

    /** The wordings found, by line, joined with {@code separator}. */
    public String found(Collection<?> labels, String separator) {
        return labels.stream().map(LabelMatch.class::cast)
                .sorted(Comparator.comparingInt(LabelMatch::line).thenComparing(LabelMatch::found))
                .map(LabelMatch::found).collect(Collectors.joining(separator));
    }

    /** The first written of other-year statements (from {@code collectList}). */
    public OtherYearClaim otherYearFirst(Collection<?> statements) {
        return statements.stream().map(OtherYearClaim.class::cast)
                .min(Comparator.comparingInt((OtherYearClaim o) -> o.claim().line())
                        .thenComparingInt(o -> o.claim().sentence().indexOf(o.claim().text()))).orElseThrow();
    }

    /** The sentences of other-year statements, each once, in order, joined by "；". */
    public String otherYearTexts(Collection<?> statements) {
        return statements.stream().map(OtherYearClaim.class::cast)
                .sorted(Comparator.comparingInt((OtherYearClaim o) -> o.claim().line()))
                .map(o -> o.claim().sentence()).distinct().collect(Collectors.joining("；"));
    }

    /** Claims (from {@code collectList}) in the order they are written. */
    public List<Claim> claimsInOrder(Collection<?> claims) {
        return claims.stream().map(Claim.class::cast).sorted(Comparator.comparingInt(Claim::line)
                .thenComparingInt(c -> c.sentence().indexOf(c.text()))).toList();
    }

    /** The claims' texts in the order they are written, joined by "；". */
    public String texts(Collection<?> claims) {
        return claimsInOrder(claims).stream().map(Claim::text).collect(Collectors.joining("；"));
    }

    /**
     * The year the report means: the one written most often (ties: the one written first); returns its first
     * mention.
     */
    public YearMention reference(Collection<?> mentions) {
        List<YearMention> all = mentions.stream().map(YearMention.class::cast).toList();
        YearMention best = null;
        long bestCount = 0;
        for (YearMention m : all) {
            List<YearMention> same = all.stream().filter(n -> n.year() == m.year()).toList();
            YearMention earliest = same.stream().min(Comparator.comparingInt(YearMention::line)).orElse(m);
            long count = same.size();
            if (best == null || count > bestCount || (count == bestCount && earliest.line() < best.line())) {
                best = earliest;
                bestCount = count;
            }
        }
        return best;
    }

    /** A table id the format knows, else null (labels outside the tables, e.g. of section headings). */
    public String knownTable(String id) {
        return format.tables().table(id).isPresent() ? id : null;
    }

    /** A section's heading and text, as quoted when it says nothing. */
    public String headingAndText(Section s) {
        return (s.heading() + " " + nz(s.text())).strip();
    }

    /**
     * A text's last line that is not blank, stripped (conditions test it, not the whole text: a pattern over a whole
     * text of many blank lines costs their number squared).
     */
    public String lastLine(String text) {
        String t = nz(text).strip();
        return t.substring(t.lastIndexOf('\n') + 1).strip();
    }

    /** The end of a text's last line, as quoted where the file stops: at most 20 characters, "……" before a cut. */
    public String lastWords(String text) {
        String line = lastLine(text);
        return line.length() <= LAST_WORDS ? line : "……" + line.substring(line.length() - LAST_WORDS);
    }

    private static final int LAST_WORDS = 20;

    /** The last element of a path (either separator): letters name other reports by file name, not by folder. */
    public String fileName(String path) {
        if (path == null) return "";
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return cut >= 0 ? path.substring(cut + 1) : path;
    }

    /** A fee claim's amount in 元 (amounts that are no whole number of 元 are kept in 分). */
    public Number yuan(Claim c) {
        return "分".equals(c.unit()) ? c.value() / 100.0 : c.value();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A finding being described by a rule. */
    public final class Draft {
        private final String code;
        private String template;
        private Integer section;
        private String table;
        private String row;
        private String column;
        private Integer line;
        private Number expected;
        private Number actual;
        private String evidence;
        private String basis;
        private final Map<String, Cell> cells = new HashMap<>();
        private final Map<String, Object> vars = new HashMap<>();
        private static final int QUOTE_LENGTH = 1000;

        private Draft(String code) {
            this.code = code;
            this.template = code;
        }

        /** Uses the template {@code CODE.variant} of messages.yaml instead of the code's own. */
        public Draft template(String variant) {
            this.template = variant.contains(".") ? variant : code + "." + variant;
            return this;
        }

        /** The finding is this cell: its table, section, row and column labels, line and raw text. */
        public Draft at(Cell c) {
            atRowOf(c);
            column = c.columnLabel();
            evidence = c.raw() != null ? c.raw() : "";
            cells.put(c.key(), c);
            return this;
        }

        /** The finding is about a column (an identity down the column): the cell's table, column and line. */
        public Draft atColumnOf(Cell c) {
            at(c);
            row = null;
            cells.remove(c.key());
            return this;
        }

        /** The finding is about a row: the cell's table, row and line (mark its cells with {@link #cells}). */
        public Draft atRowOf(Cell c) {
            table = c.table();
            section = format.tables().sectionOf(c.table());
            row = c.rowLabel();
            line = c.line() > 0 ? c.line() : null;
            return this;
        }

        public Draft at(Section s) {
            section = s.number();
            line = s.line();
            evidence = s.heading();
            return this;
        }

        public Draft at(Claim c) {
            section = c.section() > 0 ? c.section() : null;
            line = c.line();
            evidence = c.text();
            return this;
        }

        public Draft at(SumClaim c) {
            section = c.section() > 0 ? c.section() : null;
            line = c.line();
            evidence = c.text();
            return this;
        }

        /** The finding stands elsewhere (a claim) but is about this cell: its table, row and column, marked. */
        public Draft about(Cell c) {
            table(c.table());
            row = c.rowLabel();
            column = c.columnLabel();
            cells.put(c.key(), c);
            return this;
        }

        /** Marks the cells the finding is about (cells or {@code collectList}s of cells), for every output. */
        public Draft cells(Object... cellsOrLists) {
            for (Object o : cellsOrLists) {
                if (o instanceof Cell c) cells.put(c.key(), c);
                else if (o instanceof Collection<?> list) for (Object x : list) cells(x);
            }
            return this;
        }

        public Draft section(Integer n) {
            section = n != null && n > 0 ? n : null;
            return this;
        }

        public Draft table(String t) {
            table = t;
            if (section == null) section = format.tables().sectionOf(t);
            return this;
        }

        public Draft row(String r) {
            row = r;
            return this;
        }

        public Draft column(String c) {
            column = c;
            return this;
        }

        public Draft line(Integer n) {
            line = n != null && n > 0 ? n : null;
            return this;
        }

        public Draft expected(Number n) {
            expected = plain(n);
            return this;
        }

        public Draft actual(Number n) {
            actual = plain(n);
            return this;
        }

        public Draft evidence(String text) {
            evidence = text;
            return this;
        }

        /** Overrides the template's legal basis for this finding. */
        public Draft basis(String text) {
            basis = text;
            return this;
        }

        /** An extra placeholder for the templates, e.g. {@code .with("缺少行", $rows)}. */
        public Draft with(String name, Object value) {
            vars.put(name, value == null ? "" : value);
            return this;
        }

        /**
         * Text from the report as a finding quotes it: at most {@link #QUOTE_LENGTH} characters, then "……". Real
         * quotes are far shorter (the longest on the real corpus 371 characters); a paragraph with no full stop in
         * 600 KB was quoted whole, twice, into its letter.
         */
        private static String quote(String text) {
            if (text == null || text.length() <= QUOTE_LENGTH) return text;
            int cut = Character.isHighSurrogate(text.charAt(QUOTE_LENGTH - 1)) ? QUOTE_LENGTH - 1 : QUOTE_LENGTH;
            return text.substring(0, cut) + "……";
        }

        /** The marked cells' keys, table by table in reading order. */
        private List<String> cellKeys() {
            return cells.values().stream().sorted(Comparator.comparing(Cell::table).thenComparingInt(Cell::order))
                    .map(Cell::key).toList();
        }

        public void add() {
            if (!codes.enabled(template)) return;
            Severity severity = codes.severity(template);
            if (severity == null) throw new IllegalStateException("codes.yaml 中没有发现代码“" + code + "”");
            Map<String, Object> all = new HashMap<>();
            all.put("rule", code);
            all.put("severity", severity.chinese());
            all.put("section", section == null ? "" : section);
            all.put("sectionName", section == null || section >= NUMERALS.length ? "" : NUMERALS[section]);
            all.put("table", table == null ? "" : table);
            all.put("tableName", format.tables().nameOf(table));
            all.put("row", row == null ? "" : row);
            all.put("column", column == null ? "" : column);
            all.put("line", line == null ? "" : line);
            all.put("expected", expected == null ? "" : expected);
            all.put("actual", actual == null ? "" : actual);
            String quote = quote(evidence);
            all.put("evidence", quote == null ? "" : quote);
            vars.forEach((name, value) -> all.put(name, value instanceof String text ? quote(text) : value));
            Messages.Template t = messages.template(template);
            if (t == null) throw new IllegalStateException("messages.yaml 中没有提示语模板“" + template + "”");
            String b = basis != null ? basis : Messages.render(t.basis(), all);
            all.put("basis", b == null ? "" : b);
            findings.add(new Finding(code, severity, section, table, row, column, line, expected, actual, quote,
                    Messages.render(t.message(), all), b, Messages.render(t.advice(), all), cellKeys()));
        }
    }

    /** Whole numbers as Long (accumulate sums arrive as Double), others as BigDecimal without trailing zeros. */
    static Number plain(Number n) {
        if (n == null) return null;
        if (n instanceof Long || n instanceof Integer || n instanceof Short) return n.longValue();
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        d = d.stripTrailingZeros();
        if (d.scale() <= 0) return d.longValueExact();
        return d;
    }
}
