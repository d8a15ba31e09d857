package cn.zwgk.audit.parse;

import java.util.List;

/** rules/claims.yaml: the narrative's numeric statements. */
record ClaimRules(List<PatternDef> patterns, SumDef sums) {

    record PatternDef(String metric, String unit, String regex, Long multiplier, List<String> requires,
                      List<String> excludes, List<Integer> sections) {}

    record SumDef(List<String> units) {}
}
