package cn.zwgk.audit.model;

/**
 * A label in the text that did not match its canonical form exactly (after normalisation), or that belongs to the
 * superseded 2019 trial format.
 *
 * @param table      {@code T2}, {@code T3}, {@code T4}, or {@code SECTION} for headings
 * @param kind       {@code row}, {@code column} or {@code heading}
 * @param key        the canonical row/column key it was mapped to, or null when it maps to nothing (old format)
 * @param expected   the canonical label, or null for an old-format label
 * @param found      the label as printed
 * @param similarity 0..1 similarity of found to expected after normalisation (1 for exact old-format labels)
 * @param oldFormat  true when the label is one of the 2019 trial format's (spec §5, §12)
 */
public record LabelMatch(String table, String kind, String key, String expected, String found, double similarity,
                         boolean oldFormat, int line) {}
