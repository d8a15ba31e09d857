package cn.zwgk.audit.parse;

import java.util.List;

/** rules/claims.yaml: the narrative's numeric statements. */
record ClaimRules(LexiconDef lexicon, List<PatternDef> patterns, SumDef sums, List<RestatesDef> restates) {

    /** The words that classify a number by its clause (see the comment at the top of claims.yaml). */
    record LexiconDef(List<String> negators, List<String> notNegators, List<String> shifts, List<String> joiners,
                      List<String> combined, List<String> ignore, List<Integer> sections, Integer gap,
                      List<WordsDef> words) {}

    /** One entry of {@code lexicon.words}: a metric, the cues that name it and what the clause must (not) say. */
    record WordsDef(String metric, String unit, List<String> units, Long multiplier, Boolean negated,
                    List<String> words, List<String> needs, List<String> topic, List<String> otherTopics,
                    List<String> excludes, Integer gap,
                    List<Integer> sections) {}

    record PatternDef(String metric, String unit, String regex, Long multiplier, List<String> requires,
                      List<String> excludes, List<Integer> sections) {}

    record SumDef(List<String> units, List<String> comparable) {}

    /** The cells a metric restates: {@code rows} or every row of {@code group}, in {@code column}. */
    record RestatesDef(String metric, String table, List<String> rows, String group, String column, String label,
                       List<String> also, String alsoLabel) {}
}
