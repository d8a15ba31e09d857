package cn.zwgk.audit.model;

/**
 * A number the narrative states, or a "none" statement (value 0), e.g. "新受理政府信息公开申请42件".
 *
 * <p>Metrics are named in {@code rules/claims.yaml} (e.g. {@code 新收申请}, {@code 办结}, {@code 未收取信息处理费});
 * the narrative DRL rules decide which table cell each metric restates.
 *
 * @param metric   the metric named in the pattern file
 * @param value    the number stated; 0 for a "none" statement
 * @param unit     {@code 件}, {@code 条}, {@code 元}, … as configured; amounts are normalised to 元 (万元 × 10000),
 *                 or to {@code 分} when not a whole number of 元
 * @param text     the matched fragment
 * @param sentence the sentence it stands in
 * @param section  the section (1..6) it stands in, 0 for the preamble
 */
public record Claim(String metric, long value, String unit, String text, String sentence, int section, int line) {}
