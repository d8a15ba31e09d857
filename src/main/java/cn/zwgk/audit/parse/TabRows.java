package cn.zwgk.audit.parse;

import cn.zwgk.audit.read.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text copied out of a Word or Excel table separates its cells with tabs. Such a line is rewritten as the pipe
 * row every reader produces, so that tables and the "a table row is never a heading" rule see it. A line counts as a
 * row when it has three or more tab-separated cells, or two of which one is a number or a placeholder: a heading
 * followed by a tab and its text ("一、总体情况\t2023年，…") stays text.
 */
final class TabRows {

    private static final Pattern CELL_VALUE = Pattern.compile("[-+]?[0-9０-９]+(?:[.．][0-9０-９]+)?|[/／—\\-－–]+");

    private TabRows() {}

    static List<SourceLine> of(List<SourceLine> lines) {
        List<SourceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            String row = l.text().indexOf('\t') < 0 ? null : row(l.text());
            if (row != null && out == null) out = new ArrayList<>(lines.subList(0, i));
            if (out != null) out.add(row == null ? l : new SourceLine(l.number(), row, l.origin()));
        }
        return out == null ? lines : out;
    }

    private static String row(String text) {
        if (text.indexOf('|') >= 0 || text.indexOf('｜') >= 0) return null;
        List<String> cells = new ArrayList<>();
        for (String p : text.split("\t")) cells.add(p.strip());
        while (!cells.isEmpty() && cells.get(0).isEmpty()) cells.remove(0);     // indentation
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
        long filled = cells.stream().filter(c -> !c.isEmpty()).count();
        if (filled < 2) return null;
        if (filled == 2 && cells.stream().noneMatch(c -> CELL_VALUE.matcher(c).matches())) return null;
        StringBuilder sb = new StringBuilder();
        for (String c : cells) {                            // an empty cell between two tabs stays an empty cell
            if (sb.length() > 0) sb.append(' ');
            if (!c.isEmpty()) sb.append(c).append(' ');
            sb.append('|');
        }
        return sb.toString();
    }
}
