package cn.zwgk.audit.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as lines of text, with the format and encoding it was read from. Radicals and compatibility forms that
 * stand for ordinary ideographs are read as them ({@link Ideographs}), no-break spaces as spaces and zero-width ones
 * as nothing ({@link Spaces}), in every format.
 *
 * @param file     the path as given by the user
 * @param format   {@code text}, {@code html}, {@code docx} or {@code pdf}
 * @param encoding the charset the bytes were decoded with, or the container's (e.g. {@code UTF-8} for .docx)
 */
public record SourceDocument(String file, String format, String encoding, List<SourceLine> lines) {

    public SourceDocument {
        List<SourceLine> folded = new ArrayList<>(lines.size());
        for (SourceLine l : lines) {
            String t = Spaces.fold(Ideographs.fold(l.text()));
            folded.add(t == l.text() ? l : new SourceLine(l.number(), t, l.origin()));
        }
        lines = List.copyOf(folded);
    }

    /** Splits decoded text into lines (\n, \r\n or \r), numbering from 1. */
    public static SourceDocument ofText(String file, String format, String encoding, String text) {
        List<SourceLine> lines = new ArrayList<>();
        int n = 0;
        int start = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(++n, text.substring(start, i), null));
                if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < len) lines.add(new SourceLine(++n, text.substring(start), null));
        return new SourceDocument(file, format, encoding, lines);
    }
}
