package cn.zwgk.audit.parse;

/**
 * A piece of source text and its normalised form for matching. {@code offsets[i]} is the index in {@code raw} of the
 * character that produced {@code text.charAt(i)}; {@code offsets[text.length()]} is {@code raw.length()}, so any match
 * in the normalised text can be quoted from the raw text as printed.
 */
record NormText(String raw, String text, int[] offsets) {

    /** The raw text behind {@code text.substring(start, end)}, trimmed. */
    String rawSlice(int start, int end) {
        if (start >= end) return "";
        int from = offsets[start];
        int to = end >= text.length() ? raw.length() : offsets[end];
        return raw.substring(from, Math.max(from, to)).strip();
    }
}
