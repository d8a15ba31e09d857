package cn.zwgk.audit.compare;

import cn.zwgk.audit.parse.MatchText;

/** Agency names as they are matched across years and within a batch. */
final class Agencies {

    private Agencies() {}

    /**
     * The name without spaces, punctuation and brackets, traditional characters as simplified, so that
     * "平潭综合实验区" and "平潭 综合实验区" match; null for a report that names no agency.
     */
    static String key(String agency) {
        if (agency == null) return null;
        String k = MatchText.key(agency).toLowerCase(java.util.Locale.ROOT);
        return k.isEmpty() ? null : k;
    }
}
