package cn.zwgk.audit.read;

/**
 * One line of a document as read.
 *
 * @param number 1-based line number in the document's text
 * @param text   the line without its line terminator
 * @param origin where a structured format put it (e.g. "第2页", "表格3 第5行"), or null for plain text
 */
public record SourceLine(int number, String text, String origin) {}
