package cn.zwgk.audit.engine;

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
 *     says: ["本年新收与上年结转合计"]        # words some finding's message must hold (a template variant, a rewording)
 *     says_not: ["……"]                        # words no finding's message may hold
 *     previous: {report: …, edits: […]}       # optional: last year's report of the agency (check --previous)
 *     peers: [{report: …, edits: […]}]        # optional: other reports of the same batch
 * </pre>
 */
public record RuleCases(List<Case> cases) {

    public RuleCases {
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    public record Case(String name, String report, List<Edit> edits, List<String> must,
                       @JsonProperty("must_not") List<String> mustNot, List<String> says,
                       @JsonProperty("says_not") List<String> saysNot, Other previous, List<Other> peers) {
        public Case {
            edits = edits == null ? List.of() : List.copyOf(edits);
            must = must == null ? List.of() : List.copyOf(must);
            mustNot = mustNot == null ? List.of() : List.copyOf(mustNot);
            says = says == null ? List.of() : List.copyOf(says);
            saysNot = saysNot == null ? List.of() : List.copyOf(saysNot);
            peers = peers == null ? List.of() : List.copyOf(peers);
        }

        /** The reports the case compares its report with: last year's first (when given), then the peers. */
        List<Other> others() {
            List<Other> all = new java.util.ArrayList<>();
            if (previous != null) all.add(previous);
            all.addAll(peers);
            return all;
        }
    }

    /** Another report of a case: last year's or one of the same batch, with its own edits. */
    public record Other(String report, List<Edit> edits) {
        public Other {
            edits = edits == null ? List.of() : List.copyOf(edits);
        }
    }

    /** Exactly one of the two. */
    public record Edit(Replace replace, Regex regex) {}

    public record Replace(String from, String to) {}

    public record Regex(String pattern, String to) {}
}
