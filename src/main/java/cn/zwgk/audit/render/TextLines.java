package cn.zwgk.audit.render;

import com.lowagie.text.pdf.BaseFont;

import java.util.ArrayList;
import java.util.List;

/**
 * Styled text broken into lines of a given width, by the rules the letters were always set by (OpenPDF's cell
 * layout): characters are added while they fit; the line then ends after the last character a break may follow by
 * {@link ChineseLineBreak}, spaces at its end dropped and at the next line's start skipped; '\n' always ends a line.
 * Where no legal break fits (a long number or address), the line ends at the edge and the closing marks that follow
 * hang past it rather than begin the next line.
 */
final class TextLines {

    /** One line: its pieces left to right, its width, and the largest type size on it (its leading is a multiple). */
    record Line(List<Piece> pieces, float width, float size) {}

    /** Characters of one span drawn by one font. */
    record Piece(String text, Span span, BaseFont font, float width) {}

    private final PdfFonts fonts;
    private final List<Span> spans;
    private final String s;
    /** The same characters as an array: layout reads each several times. */
    private final char[] cs;
    /** For each character, the index of its span, and its width (a surrogate pair's on its first half). */
    private final int[] spanOf;
    private final float[] widths;
    /** Whether the main font draws every character (nearly always): no look-up of the font per character. */
    private boolean mainOnly;
    /** The width of the whole text. */
    private float total;

    private TextLines(PdfFonts fonts, List<Span> spans) {
        this.fonts = fonts;
        this.spans = spans;
        String[] texts = new String[spans.size()];
        int length = 0;
        for (int k = 0; k < texts.length; k++) {
            String t = spans.get(k).text();
            texts[k] = t == null ? "" : PdfText.clean(t);
            length += texts[k].length();
        }
        s = texts.length == 1 ? texts[0] : String.join("", texts);
        cs = s.toCharArray();
        spanOf = new int[length];
        widths = new float[length];
        mainOnly = measureMain(texts);
        if (!mainOnly) measure(texts);
    }

    /** Widths in the main font; false (and widths to be measured again) at the first character it lacks. */
    private boolean measureMain(String[] texts) {
        int at = 0;
        for (int k = 0; k < texts.length; k++) {
            float size = spans.get(k).size();
            int end = at + texts[k].length();
            for (int i = at; i < end; i++) {
                spanOf[i] = k;
                char c = cs[i];
                if (c == '\n') continue;
                float w = fonts.mainWidth(c, size);
                if (w < 0) return false;
                widths[i] = w;
                total += w;
            }
            at = end;
        }
        return true;
    }

    /** Widths with each character in the font that draws it (a surrogate pair's on its first half). */
    private void measure(String[] texts) {
        total = 0;
        int at = 0;
        for (int k = 0; k < texts.length; k++) {
            float size = spans.get(k).size();
            int end = at + texts[k].length();
            for (int i = at; i < end; i++) {
                spanOf[i] = k;
                char c = cs[i];
                widths[i] = 0;
                if (c == '\n' || Character.isLowSurrogate(c) && i > at && Character.isHighSurrogate(cs[i - 1])) continue;
                widths[i] = fonts.width(s.codePointAt(i), size);
                total += widths[i];
            }
            at = end;
        }
    }

    /** {@code spans} as lines {@code width} wide, the first line {@code indent} narrower; never empty. */
    static List<Line> wrap(PdfFonts fonts, List<Span> spans, float width, float indent) {
        return new TextLines(fonts, spans).wrap(width, indent);
    }

    private List<Line> wrap(float width, float indent) {
        int n = s.length();
        // most texts (a number in the appendix, a label, a name) fit on one line; clearly fit, so that rounding in
        // the sum cannot decide what the character-by-character measure below would decide otherwise
        if (total < width - indent - 0.01f && s.indexOf('\n') < 0) return List.of(line(0, n));
        List<Line> out = new ArrayList<>();
        int start = 0;
        boolean first = true;
        while (start < n || out.isEmpty()) {
            if (!first) {
                while (start < n && cs[start] != '\n' && Character.isWhitespace(cs[start])) start++;
            }
            float left = first ? width - indent : width;
            int i = start;
            int lastSplit = -1;
            boolean newline = false;
            while (i < n) {
                char c = cs[i];
                if (c == '\n') {
                    newline = true;
                    break;
                }
                boolean split = splitAfter(i);
                if (split && Character.isWhitespace(c)) lastSplit = i;
                if (left - widths[i] < 0) break;
                if (split) lastSplit = i;
                left -= widths[i];
                i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
            }
            int end; // exclusive
            int next;
            if (newline || i >= n) {
                end = i;
                next = newline ? i + 1 : i;
            } else if (i == start) {
                // not even one character fits: it goes on a line of its own
                end = next = i + Character.charCount(s.codePointAt(i));
            } else {
                int last = trimRight(start, i - 1);
                if (last < start) {
                    end = next = i;
                } else if (lastSplit < start || lastSplit >= last) {
                    // no break before the edge: cut there, closing marks hanging past it
                    end = last + 1;
                    next = i;
                    if (lastSplit < start) {
                        while (next < n && ChineseLineBreak.NO_START.indexOf(cs[next]) >= 0) next++;
                        end = next;
                    }
                } else {
                    next = lastSplit + 1;
                    end = trimRight(start, lastSplit) + 1;
                    if (end <= start) end = next;
                }
            }
            out.add(line(start, end));
            start = next;
            first = false;
            if (newline && start >= n) {
                out.add(line(start, start));
                break;
            }
        }
        return List.copyOf(out);
    }

    /** Whether a line may end after character {@code i}. */
    private boolean splitAfter(int i) {
        char c = cs[i];
        if (i + 1 >= s.length()) return ChineseLineBreak.breakableAfter(c);
        return ChineseLineBreak.canBreakBetween(c, cs[i + 1]);
    }

    private int trimRight(int start, int last) {
        while (last >= start && Character.isWhitespace(cs[last]) && cs[last] != '\n') last--;
        return last;
    }

    /** Characters [start, end) as a line: cut where the span or the font changes. */
    private Line line(int start, int end) {
        List<Piece> pieces = new ArrayList<>(2);
        float width = 0;
        // an empty line is as high as the text around it
        float size = spans.isEmpty() ? 0 : s.isEmpty() ? spans.get(0).size()
                : spans.get(spanOf[Math.min(start, s.length() - 1)]).size();
        int i = start;
        while (i < end) {
            int k = spanOf[i];
            BaseFont font = mainOnly ? fonts.regular() : fonts.fontFor(s.codePointAt(i));
            int j = i;
            float w = 0;
            while (j < end && spanOf[j] == k && (mainOnly || fonts.fontFor(s.codePointAt(j)) == font)) {
                w += widths[j];
                j += mainOnly ? 1 : Character.charCount(s.codePointAt(j));
            }
            Span sp = spans.get(k);
            if (pieces.isEmpty()) size = sp.size();
            pieces.add(new Piece(s.substring(i, j), sp, font, w));
            width += w;
            size = Math.max(size, sp.size());
            i = j;
        }
        return new Line(List.copyOf(pieces), width, size);
    }
}
