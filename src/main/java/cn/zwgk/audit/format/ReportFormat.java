package cn.zwgk.audit.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of an annual report that rules and outputs speak of: the six sections' headings (rules/sections.yaml) and
 * the tables (rules/labels.yaml).
 *
 * @param headings the format's heading of each section, by number
 * @param restates which cells each narrative metric restates (claims.yaml)
 * @param metrics  the metrics the narrative patterns find (claims.yaml), the names rules compare claims by
 */
public record ReportFormat(Map<Integer, String> headings, TableRegistry tables, List<Restates> restates,
                           Set<String> metrics) {

    public ReportFormat {
        headings = Map.copyOf(headings);
        restates = List.copyOf(restates);
        metrics = Set.copyOf(metrics);
    }

    /** The facts every rule session starts with besides the report's: the tables' layouts and the restatements. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(tables.tables());
        facts.addAll(restates);
        return facts;
    }

    /** The format's heading of section {@code n}, or "" for no such section. */
    public String heading(Integer n) {
        return n == null ? "" : headings.getOrDefault(n, "");
    }
}
