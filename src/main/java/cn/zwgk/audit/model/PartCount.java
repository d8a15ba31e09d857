package cn.zwgk.audit.model;

/**
 * How many parts the report says it has ("本报告由总体情况、……、其他需要报告的事项等六个部分组成").
 *
 * @param count the number said
 * @param text  the sentence as written
 */
public record PartCount(int count, String text, int section, int line) {}
