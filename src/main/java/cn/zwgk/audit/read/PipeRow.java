package cn.zwgk.audit.read;

import java.util.List;
import java.util.regex.Pattern;

/** One table row as the parser reads it: cells separated by " | ", each followed by "|", empty cells as "| |". */
final class PipeRow {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");

    private PipeRow() {}

    static String format(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(' ');
            String c = cells.get(i);
            if (!c.isEmpty()) sb.append(c).append(' ');
            sb.append('|');
        }
        return sb.toString();
    }

    /** A cell's text on one line: whitespace runs as one space, no pipes (they would split the cell). */
    static String cellText(String raw) {
        return SPACE.matcher(raw).replaceAll(" ").strip().replace('|', '/');
    }

    /** A paragraph's text on one line: whitespace runs as one space. */
    static String lineText(String raw) {
        return SPACE.matcher(raw).replaceAll(" ").strip();
    }
}
