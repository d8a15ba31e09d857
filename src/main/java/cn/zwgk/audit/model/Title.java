package cn.zwgk.audit.model;

/**
 * The title line, e.g. "昆明市政务服务管理局2023年政府信息公开工作年度报告".
 *
 * @param text   the line as printed
 * @param agency the agency named before the year, or null ("2023年政府信息公开工作年度报告")
 * @param year   the year in the title, or null
 */
public record Title(String text, String agency, Integer year, int line) {}
