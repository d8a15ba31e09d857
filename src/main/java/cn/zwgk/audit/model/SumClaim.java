package cn.zwgk.audit.model;

import java.util.List;

/**
 * "共 N …，其中 a …、b …": a stated total and the parts listed after it.
 *
 * @param partsTotal the sum of {@code parts}
 */
public record SumClaim(long total, List<Long> parts, long partsTotal, String text, int section, int line) {

    public SumClaim {
        parts = List.copyOf(parts);
    }
}
