package cn.zwgk.audit.model;

/**
 * One of the six sections.
 *
 * @param number      1..6 (一..六)
 * @param heading     the heading line as printed
 * @param canonical   the format's heading for this number, e.g. "四、政府信息公开行政复议、行政诉讼情况"
 * @param variant     true when the heading is a recognised variant wording rather than the format's own
 * @param line        line of the heading
 * @param endLine     last line of the section's body (the line before the next section, or the end of the report
 *                    body; trailing website text is excluded)
 * @param position    1-based order of appearance among the sections found
 * @param substance   number of letters and digits in the body, tables excluded (an empty "无。" section has 1)
 * @param text        the body text (tables excluded), lines joined with '\n', as printed
 */
public record Section(int number, String heading, String canonical, boolean variant, int line, int endLine,
                      int position, int substance, String text) {}
