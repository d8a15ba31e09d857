package cn.zwgk.audit.model;

import java.util.List;

/**
 * "共 N …，其中 a …、b …": a stated total and the parts listed after it.
 *
 * @param partsTotal  the sum of {@code parts}
 * @param closed      the parts are meant to add up to N: N is called a total (共, 合计 …) in the same sentence, or
 *                    they do add up to it
 * @param largestPart the largest part counted in a unit comparable with N's (条, 篇, 件 … per claims.yaml), 0 if none
 * @param bound       what no single part can exceed: N when it is called a total, else the sum of the comparable
 *                    numbers stated before 其中 ("上年转结1件,其中网络申请5件" is bounded by 新收 + 转结)
 */
public record SumClaim(long total, List<Long> parts, long partsTotal, String text, int section, int line,
                       boolean closed, long largestPart, long bound) {

    public SumClaim {
        parts = List.copyOf(parts);
    }

    /** A closed list: N is its total. */
    public SumClaim(long total, List<Long> parts, long partsTotal, String text, int section, int line) {
        this(total, parts, partsTotal, text, section, line, true,
                parts.stream().mapToLong(Long::longValue).max().orElse(0), total);
    }
}
