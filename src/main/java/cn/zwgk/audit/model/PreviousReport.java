package cn.zwgk.audit.model;

/**
 * Last year's report of the same agency, found in the folder given with {@code check --previous}. Present in a rule
 * session only when one was matched; its cells are {@link PreviousCell} facts.
 *
 * @param file   the path of last year's report as given
 * @param agency the agency its title names, or null
 * @param year   its report year, or null when it does not say
 * @param match  how it was matched: {@code 名称相同} (same normalised name) or {@code 名称相近} (one name contains the other)
 */
public record PreviousReport(String file, String agency, Integer year, String match) {}
