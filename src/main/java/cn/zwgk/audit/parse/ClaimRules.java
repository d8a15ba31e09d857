package cn.zwgk.audit.parse;

import java.util.List;

/** rules/claims.yaml: the narrative's numeric statements. */
record ClaimRules(List<PatternDef> patterns, SumDef sums, List<RestatesDef> restates) {

    record PatternDef(String metric, String unit, String regex, Long multiplier, List<String> requires,
                      List<String> excludes, List<Integer> sections) {}

    record SumDef(List<String> units) {}

    /** The cells a metric restates: {@code rows} or every row of {@code group}, in {@code column}. */
    record RestatesDef(String metric, String table, List<String> rows, String group, String column, String label) {}
}
