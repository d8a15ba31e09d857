package cn.zwgk.audit.render.notice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The rows of a .docx table written straight into the file, not held in memory: a 通报 of 20,000 reports lists
 * hundreds of thousands of findings, and their XML alone is a gigabyte. The document is laid out by {@code Docx} with
 * one placeholder row ({@link #placeholder}); {@link #write} copies it, repeating that row's XML once for each row with
 * the row's texts in place of the placeholders.
 */
final class DocxRows {

    private static final String DOCUMENT = "word/document.xml";
    private static final char MARK = '\uE000'; // private use: never in a report's text

    private DocxRows() {}

    /** The placeholder row of {@code columns} cells. */
    static List<String> placeholder(int columns) {
        return java.util.stream.IntStream.range(0, columns).mapToObj(DocxRows::mark).toList();
    }

    /** {@code docx} with its placeholder row replaced by {@code rows}, to {@code out}. */
    static void write(byte[] docx, Iterable<List<String>> rows, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(DOCUMENT)) {
                    Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    document(new String(in.readAllBytes(), StandardCharsets.UTF_8), rows, w);
                    w.flush();
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private static void document(String xml, Iterable<List<String>> rows, Writer w) throws IOException {
        int first = xml.indexOf(mark(0));
        if (first < 0) throw new IOException("docx: no placeholder row");
        int start = xml.lastIndexOf("<w:tr", first);
        int end = xml.indexOf("</w:tr>", first) + "</w:tr>".length();
        // every text element keeps its spaces: a cell's text may start or end with one
        String row = xml.substring(start, end).replace("<w:t>", "<w:t xml:space=\"preserve\">");
        // the row cut at its placeholders: parts[0] text(column[0]) parts[1] … parts[n]
        List<String> parts = new ArrayList<>();
        List<Integer> column = new ArrayList<>();
        int at = 0;
        for (int m; (m = row.indexOf(MARK, at)) >= 0; ) {
            int close = row.indexOf(MARK, m + 1);
            parts.add(row.substring(at, m));
            column.add(Integer.parseInt(row.substring(m + 1, close)));
            at = close + 1;
        }
        parts.add(row.substring(at));
        w.write(xml, 0, start);
        for (List<String> r : rows) {
            for (int i = 0; i < column.size(); i++) {
                w.write(parts.get(i));
                w.write(column.get(i) < r.size() ? text(r.get(column.get(i))) : "");
            }
            w.write(parts.get(column.size()));
        }
        w.write(xml, end, xml.length() - end);
    }

    private static String mark(int column) {
        return MARK + Integer.toString(column) + MARK;
    }

    /** Escaped for XML; a line break as Word's, characters XML cannot hold left out. */
    static String text(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\n' -> b.append("</w:t><w:br/><w:t xml:space=\"preserve\">");
                default -> {
                    if ((c >= 0x20 || c == '\t') && c != MARK && c != '\uFFFE' && c != '\uFFFF') b.append(c);
                }
            }
        }
        return b.toString();
    }
}
