package cn.zwgk.audit.model;

import java.time.LocalDate;

/**
 * The statistical period the report states, e.g. "统计期限为2023年1月1日至2023年12月31日".
 *
 * @param start first day, or null when the sentence gives none that can be read
 * @param end   last day, or null likewise
 * @param text  the sentence (or clause) that states it
 */
public record Period(LocalDate start, LocalDate end, String text, int line) {}
