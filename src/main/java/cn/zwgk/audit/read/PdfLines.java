package cn.zwgk.audit.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Glyphs to lines of text: grouped by baseline, ordered left to right, spaces where the gaps are. */
final class PdfLines {

    private PdfLines() {}

    /** Glyphs grouped into lines, top to bottom; each line's glyphs left to right, duplicates (fake bold) dropped. */
    static List<List<PdfGlyph>> lines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline));
        List<List<PdfGlyph>> lines = new ArrayList<>();
        List<PdfGlyph> line = null;
        float base = 0;
        for (PdfGlyph g : sorted) {
            if (line == null || Math.abs(g.baseline() - base) > Math.max(1f, g.size() * 0.4f)) {
                line = new ArrayList<>();
                lines.add(line);
                base = g.baseline();
            }
            line.add(g);
        }
        List<List<PdfGlyph>> out = new ArrayList<>();
        for (List<PdfGlyph> l : lines) {
            l.sort(Comparator.comparingDouble(PdfGlyph::x));
            List<PdfGlyph> clean = new ArrayList<>();
            for (PdfGlyph g : l) {
                PdfGlyph prev = clean.isEmpty() ? null : clean.get(clean.size() - 1);
                if (prev != null && prev.text().equals(g.text()) && Math.abs(prev.x() - g.x()) < g.width() * 0.3f) continue;
                // a space drawn over a character (spacing runs of an empty line nearby) is not a word break
                if (prev != null && g.space() && g.x() < prev.right() - 0.5f) continue;
                clean.add(g);
            }
            out.add(clean);
        }
        return out;
    }

    /** A line's text; a gap wider than a third of the font size without a space glyph becomes a space. */
    static String text(List<PdfGlyph> line) {
        StringBuilder sb = new StringBuilder();
        PdfGlyph prev = null;
        for (PdfGlyph g : line) {
            if (prev != null && !prev.space() && !g.space() && g.x() - prev.right() > g.size() * 0.3f) sb.append(' ');
            sb.append(g.text());
            prev = g;
        }
        return sb.toString();
    }

    /** The parts of a line separated by gaps wider than {@code gap} font sizes (columns of a table without borders). */
    static List<List<PdfGlyph>> segments(List<PdfGlyph> line, float gap) {
        List<List<PdfGlyph>> out = new ArrayList<>();
        List<PdfGlyph> seg = new ArrayList<>();
        float right = Float.NaN;
        for (PdfGlyph g : line) {
            if (g.space()) continue;
            if (!seg.isEmpty() && g.x() - right > g.size() * gap) {
                out.add(seg);
                seg = new ArrayList<>();
            }
            seg.add(g);
            right = g.right();
        }
        if (!seg.isEmpty()) out.add(seg);
        return out;
    }

    /** Lines of one cell or paragraph joined: no space between lines unless two ASCII words meet. */
    static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty()) continue;
            if (sb.length() > 0 && asciiWord(sb.charAt(sb.length() - 1)) && asciiWord(t.charAt(0))) sb.append(' ');
            sb.append(t);
        }
        return sb.toString();
    }

    private static boolean asciiWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
