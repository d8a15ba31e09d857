package cn.zwgk.audit.parse;

/**
 * One cell-sized piece of a table region.
 *
 * @param type TEXT (a non-empty cell), EMPTY (an empty cell: {@code | |} inside a row, or a bare {@code |} line where
 *             those stand for empty cells), or INLINE_EMPTY (an empty slot inside a pipe row, which may be padding)
 * @param raw  the cell text as printed, trimmed ("" for empty cells)
 * @param norm the normalised text
 * @param key  its label key ({@link TextNormalizer#labelKey}), made once: a cell is looked up as a label up to three
 *             times while its table is read
 */
record Token(Type type, String raw, String norm, int line, CellValue value, String key) {

    Token(Type type, String raw, String norm, int line) {
        this(type, raw, norm, line, type == Type.TEXT ? CellValue.parse(norm) : CellValue.BLANK,
                TextNormalizer.labelKey(norm));
    }

    enum Type { TEXT, EMPTY, INLINE_EMPTY }

    boolean empty() {
        return type != Type.TEXT;
    }
}
