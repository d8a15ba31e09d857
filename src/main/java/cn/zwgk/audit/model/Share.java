package cn.zwgk.audit.model;

/**
 * A share the narrative states of a count: "当面提交13件,占比1.3%" of the 1046 received.
 *
 * @param part      the count ("13件")
 * @param total     what it is a share of: the number before 其中 ("共收到申请1046件。其中,…"), or, for a list of
 *                  shares adding up to 100%, the sum of the list's counts
 * @param percent   the percentage stated
 * @param precision the unit of the last digit stated: 0.1 for "1.3%", 1 for "41%"
 * @param text      the share as written
 */
public record Share(long part, long total, double percent, double precision, String text, int section, int line) {}
