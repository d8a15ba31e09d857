package cn.zwgk.audit.model;

/**
 * A rule of the office's rule set that failed on this report (threw, looped, or ran over its time) and was left out
 * of the report's audit; the other rules' findings stand. A fact, so that a rule (RULE_FAILED) says it to the clerk.
 *
 * @param rule   the rule's name as written in its .drl file
 * @param reason what went wrong, a Chinese sentence
 */
public record RuleFailure(String rule, String reason) {}
