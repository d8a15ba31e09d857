package cn.zwgk.audit.parse;

/**
 * One cell-sized piece of a table region.
 *
 * @param type TEXT (a non-empty cell), EMPTY (an empty cell: {@code | |} inside a row, or a bare {@code |} line where
 *             those stand for empty cells), or INLINE_EMPTY (an empty slot inside a pipe row, which may be padding)
 * @param raw  the cell text as printed, trimmed ("" for empty cells)
 * @param norm the normalised text
 */
record Token(Type type, String raw, String norm, int line, CellValue value) {

    Token(Type type, String raw, String norm, int line) {
        this(type, raw, norm, line, type == Type.TEXT ? CellValue.parse(norm) : CellValue.BLANK);
    }

    enum Type { TEXT, EMPTY, INLINE_EMPTY }

    boolean empty() {
        return type != Type.TEXT;
    }
}
