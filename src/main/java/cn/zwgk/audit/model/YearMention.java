package cn.zwgk.audit.model;

/**
 * A place where the report states which year it covers.
 *
 * @param source one of {@code 标题} (title), {@code 统计期限} (statistical period), {@code 总体情况} (the opening of 一)
 */
public record YearMention(String source, int year, String text, int line) {}
