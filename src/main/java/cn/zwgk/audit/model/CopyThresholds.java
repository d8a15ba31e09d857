package cn.zwgk.audit.model;

/**
 * The office's thresholds for copied text and unchanged tables (rules/similarity.yaml), as a fact of every session
 * that compares reports.
 *
 * @param previousSection5 section 五 this similar to last year's is 内容雷同
 * @param previousWhole    the whole narrative this similar to last year's is 内容雷同
 * @param peerWhole        the whole narrative this similar to another agency's report of the batch is copying
 * @param peerSection5     section 五 this similar to another agency's is copying
 * @param minChars         texts shorter than this (characters compared) are not judged: "无" equals "无"
 * @param tablesMinNonZero tables identical to last year's are reported only when they hold at least this many
 *                         non-zero cells (an agency with no applications has the same zeros every year)
 */
public record CopyThresholds(double previousSection5, double previousWhole, double peerWhole, double peerSection5,
                             int minChars, int tablesMinNonZero) {}
