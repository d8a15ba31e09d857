package cn.zwgk.audit.audit;

import cn.zwgk.audit.model.Cell;
import cn.zwgk.audit.model.Claim;
import cn.zwgk.audit.model.Finding;
import cn.zwgk.audit.model.Section;
import cn.zwgk.audit.model.Severity;
import cn.zwgk.audit.model.SumClaim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The DRL global {@code emit}: the only way a rule makes a finding. A rule's {@code then} block names the code and
 * severity, says where and what, and calls {@link Draft#add()}; the message, advice and basis are rendered from the
 * office's templates. One instance per rule session, so it needs no locking.
 *
 * <pre>
 * emit.rule("T3_BALANCE", "error").at($a).row(null).expected($left).actual($right).add();
 * </pre>
 */
public final class Emit {

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六"};

    private final Messages messages;
    private final List<Finding> findings = new ArrayList<>();

    Emit(Messages messages) {
        this.messages = messages;
    }

    /** Starts a finding of {@code code} with {@code severity} ({@code error}, {@code warning} or {@code info}). */
    public Draft rule(String code, String severity) {
        return new Draft(code, Severity.of(severity));
    }

    List<Finding> findings() {
        return findings;
    }

    /** A finding being described by a rule. */
    public final class Draft {
        private final String code;
        private final Severity severity;
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
        private final Map<String, Object> vars = new HashMap<>();

        private Draft(String code, Severity severity) {
            this.code = code;
            this.severity = severity;
            this.template = code;
        }

        /** Uses the template {@code CODE.variant} of messages.yaml instead of the code's own. */
        public Draft template(String variant) {
            this.template = variant.contains(".") ? variant : code + "." + variant;
            return this;
        }

        /** Location and evidence of one table cell: its table, section, row and column labels, line and raw text. */
        public Draft at(Cell c) {
            table = c.table();
            section = sectionOfTable(c.table());
            row = c.rowLabel();
            column = c.columnLabel();
            line = c.line() > 0 ? c.line() : null;
            evidence = c.raw() != null ? c.raw() : "";
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

        public Draft section(Integer n) {
            section = n != null && n > 0 ? n : null;
            return this;
        }

        public Draft table(String t) {
            table = t;
            if (section == null) section = sectionOfTable(t);
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

        public void add() {
            Map<String, Object> all = new HashMap<>();
            all.put("rule", code);
            all.put("severity", severity.chinese());
            all.put("section", section == null ? "" : section);
            all.put("sectionName", section == null || section >= NUMERALS.length ? "" : NUMERALS[section]);
            all.put("table", table == null ? "" : table);
            all.put("tableName", tableName(table));
            all.put("row", row == null ? "" : row);
            all.put("column", column == null ? "" : column);
            all.put("line", line == null ? "" : line);
            all.put("expected", expected == null ? "" : expected);
            all.put("actual", actual == null ? "" : actual);
            all.put("evidence", evidence == null ? "" : evidence);
            all.putAll(vars);
            Messages.Template t = messages.template(template);
            if (t == null) throw new IllegalStateException("messages.yaml 中没有提示语模板“" + template + "”");
            String b = basis != null ? basis : Messages.render(t.basis(), all);
            all.put("basis", b == null ? "" : b);
            findings.add(new Finding(code, severity, section, table, row, column, line, expected, actual, evidence,
                    Messages.render(t.message(), all), b, Messages.render(t.advice(), all)));
        }
    }

    private static Integer sectionOfTable(String table) {
        if (table == null) return null;
        return switch (table) {
            case "T2" -> 2;
            case "T3" -> 3;
            case "T4" -> 4;
            default -> null;
        };
    }

    private static String tableName(String table) {
        Integer s = sectionOfTable(table);
        return s == null ? "" : "表" + NUMERALS[s];
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
