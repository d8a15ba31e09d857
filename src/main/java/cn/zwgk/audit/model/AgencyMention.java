package cn.zwgk.audit.model;

/**
 * A place where the report names the agency it is about, or the site names who published it.
 *
 * @param name   the name as written ("泸州市江阳区人民政府办公室")
 * @param key    the name in its short form, for comparing: parenthesised parts dropped and long forms shortened as
 *               rules/sections.yaml {@code agency.shortForms} says ("泸州市江阳区政府办")
 * @param bare   whether the name leaves out its place ("区政府办公室"), so cannot be compared with a full one
 * @param source {@code 标题} (title), {@code 前言} (a sentence before 一), {@code 总体情况} (the opening of 一),
 *               {@code 联系} (the preamble's request to contact an office, which may be a unit within the agency:
 *               "请与木塔乡党政办联系") or {@code 元数据} (a field of the site's metadata block: the publisher, which may
 *               be a parent office); the last two are no self-designation of the report's subject
 * @param line   the line it is on
 * @param text   the line's text, for the reader
 */
public record AgencyMention(String name, String key, boolean bare, String source, int line, String text) {}
