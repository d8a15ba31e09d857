package cn.zwgk.audit.model;

/**
 * How much of this report's text another report repeats: last year's report of the same agency, or another report
 * of the same batch. Computed on the narrative (tables left out) after folding numbers, spaces and punctuation away,
 * so a text copied with new numbers still counts as the same text. The rules decide, against
 * {@link CopyThresholds}, whether it is copying.
 *
 * @param against     {@code 上年} (last year's report of this agency) or {@code 同批} (another report of the batch)
 * @param scope       {@code 第五部分} (section 五 only) or {@code 全文} (the whole narrative)
 * @param otherFile   the other report's path
 * @param otherAgency the agency the other report names, or null
 * @param otherYear   the other report's year, or null
 * @param sameAgency  true when both reports name the same agency (after normalising the names)
 * @param similarity  0..1: the share of text fragments the two texts have in common (Jaccard over character n-grams)
 * @param chars       length of the shorter of the two texts, in characters compared
 * @param repeated    number of sentences of this report that the other report has word for word
 * @param passages    the longest repeated sentences, quoted from this report
 */
public record TextSimilarity(String against, String scope, String otherFile, String otherAgency, Integer otherYear,
                             boolean sameAgency, double similarity, int chars, int repeated, String passages) {

    public static final String PREVIOUS = "上年";
    public static final String PEER = "同批";
    public static final String SECTION_5 = "第五部分";
    public static final String WHOLE = "全文";

    /** The similarity as a percentage for messages, e.g. 93. */
    public long percent() {
        return Math.round(similarity * 100);
    }
}
