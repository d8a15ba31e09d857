package cn.zwgk.audit.parse;

/** The parser's normalisation for other packages that compare texts (e.g. copied text, agency names). */
public final class MatchText {

    private MatchText() {}

    /**
     * Only the Chinese characters, letters and digits of {@code raw}, normalised as the parser matches text
     * (traditional as simplified, full-width as half-width, pinyin annotations dropped).
     */
    public static String key(String raw) {
        return raw == null ? "" : TextNormalizer.labelKeyOfRaw(raw);
    }
}
