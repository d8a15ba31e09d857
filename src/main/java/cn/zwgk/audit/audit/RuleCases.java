package cn.zwgk.audit.audit;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The shape of a rule test file ({@code rules/tests/*.yaml}).
 *
 * <pre>
 * cases:
 *   - name: 表三某列不平衡
 *     report: reports/luzhou-2023.txt        # relative to this file
 *     edits:                                  # applied to the report's text before parsing, in order
 *       - replace: {from: "…", to: "…"}       # every occurrence; the case fails when "from" is not there
 *       - regex: {pattern: "…", to: "…"}      # Java regular expression, $1 in "to" for groups
 *     must: [T3_BALANCE]                      # codes that must fire
 *     must_not: [T3_ROW_TOTAL, error]         # codes that must not fire; error/warning/info = any of that severity
 * </pre>
 */
public record RuleCases(List<Case> cases) {

    public RuleCases {
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    public record Case(String name, String report, List<Edit> edits, List<String> must,
                       @JsonProperty("must_not") List<String> mustNot) {
        public Case {
            edits = edits == null ? List.of() : List.copyOf(edits);
            must = must == null ? List.of() : List.copyOf(must);
            mustNot = mustNot == null ? List.of() : List.copyOf(mustNot);
        }
    }

    /** Exactly one of the two. */
    public record Edit(Replace replace, Regex regex) {}

    public record Replace(String from, String to) {}

    public record Regex(String pattern, String to) {}
}
