package cn.zwgk.audit.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of a table region into a stream of cells, whatever the layout: inline pipe rows
 * ({@code a | b | c |}, {@code | a | b |}, Markdown), one cell per line ({@code cell |}, a bare {@code |} for an empty
 * cell), cells on their own lines with a bare {@code |} line between them, or cells flattened one per line with no
 * delimiter at all. Lines of pipes only ({@code |||}) and Markdown separators are padding.
 *
 * @param layout inline, markdown, cell-per-line, separated or flattened
 */
record TableTokens(List<Token> tokens, String layout) {

    private enum Kind { TEXT, BAR }

    private static final java.util.regex.Pattern DELIMITERS_ONLY = java.util.regex.Pattern.compile("[|\\s:\\-—]+");

    /** A page number or a unit line of a PDF or Word layout, inside or next to a table: never a cell. */
    private static final java.util.regex.Pattern PAGE_FURNITURE = java.util.regex.Pattern.compile(
            "[—\\-－–]+\\s*\\d{1,3}\\s*[—\\-－–]+|第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?"
            + "|[(（]?(计量)?单位\\s*[:：]\\s*(件|个|条|万元|元)[)）]?");

    static TableTokens of(List<Segment> segments) {
        List<Token> raw = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        int inline = 0, cellPipe = 0, textOnly = 0;
        boolean markdown = false;
        for (Segment s : segments) {
            String t = s.raw().replace('｜', '|').strip();
            if (t.isEmpty()) continue;
            int line = s.line();
            if (t.indexOf('|') < 0) {
                if (PAGE_FURNITURE.matcher(t).matches()) continue;   // it has no bar: a row never is furniture
                raw.add(text(t, line));
                kinds.add(Kind.TEXT);
                textOnly++;
                continue;
            }
            if (DELIMITERS_ONLY.matcher(t).matches()) {
                if (t.indexOf('-') >= 0) markdown = true;
                else if (t.chars().filter(c -> c == '|').count() == 1) {
                    raw.add(new Token(Token.Type.EMPTY, "", "", line));
                    kinds.add(Kind.BAR);
                }
                continue;
            }
            String[] parts = t.split("\\|", -1);
            int from = t.startsWith("|") ? 1 : 0;
            int to = parts.length;
            if (to > from && parts[to - 1].isBlank()) to--;
            int cells = 0;
            for (int i = from; i < to; i++) {
                String p = parts[i].strip();
                if (p.isEmpty()) raw.add(new Token(Token.Type.INLINE_EMPTY, "", "", line));
                else {
                    raw.add(text(p, line));
                    cells++;
                }
                kinds.add(Kind.TEXT);
            }
            if (cells >= 2) inline++;
            else if (cells == 1) cellPipe++;
        }
        boolean barIsEmptyCell = cellPipe >= textOnly;
        List<Token> tokens = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            if (kinds.get(i) == Kind.BAR && !barIsEmptyCell) {
                // "|" separates cells; two in a row enclose an empty cell
                if (i > 0 && kinds.get(i - 1) == Kind.BAR) tokens.add(raw.get(i));
                continue;
            }
            tokens.add(raw.get(i));
        }
        String layout;
        if (markdown) layout = "markdown";
        else if (inline > 0 && inline >= cellPipe) layout = "inline";
        else if (cellPipe > 0 && cellPipe >= textOnly) layout = "cell-per-line";
        else if (kinds.contains(Kind.BAR)) layout = "separated";
        else layout = "flattened";
        return new TableTokens(List.copyOf(tokens), layout);
    }

    private static Token text(String raw, int line) {
        return new Token(Token.Type.TEXT, raw, TextNormalizer.normalize(raw).text(), line);
    }
}
