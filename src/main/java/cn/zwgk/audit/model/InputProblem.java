package cn.zwgk.audit.model;

/**
 * Why a file could not be audited: unreadable, undecodable, not a supported format, or not an annual report.
 *
 * @param reason a sentence in Chinese a clerk can act on, e.g. "文件为空" or "无法识别为政府信息公开工作年度报告：…"
 */
public record InputProblem(String file, String reason) {}
