package cn.zwgk.audit.model;

/**
 * What a report was compared with, for the letter and the batch summary.
 *
 * @param previous    last year's report it was compared with, or null
 * @param unmatched   why no previous report was matched (a Chinese sentence), or null when one was or none was
 *                    asked for
 * @param peers       how many other reports of the batch its text was compared with (0 when it was not)
 */
public record Comparison(PreviousReport previous, String unmatched, int peers) {

    public static final Comparison NONE = new Comparison(null, null, 0);
}
