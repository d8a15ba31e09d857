package cn.zwgk.audit.render.docx;

import cn.zwgk.audit.render.TitleLines;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Word document in 公文 style: A4 with the standard margins, the title in the title font, headings in the heading
 * font, text in the body font (from office.yaml; Word substitutes a font the machine lacks). Text is written as given,
 * a '\n' a line break.
 * <p>
 * The WordprocessingML is written directly, element by element, as Apache POI's XWPF wrote the same calls (the
 * same document.xml, byte for byte): building it through POI's XML object model cost 5 ms a letter, more than
 * auditing the report.
 */
public final class Docx {

    /** The fonts when office.yaml names none: those of GB/T 9704 as Word users have them. */
    public static final Map<String, String> DEFAULT_FONTS = Map.of("fontTitle", "方正小标宋简体", "fontHeading", "黑体",
            "fontBody", "仿宋_GB2312");
    public static final String RED = "B01E1E";
    public static final String GREY = "555555";

    /** A paragraph's alignment ({@code w:jc}). */
    public enum Align {
        LEFT("left"), CENTER("center"), RIGHT("right");

        private final String value;

        Align(String value) {
            this.value = value;
        }
    }

    // GB/T 9704 page: A4, top 37 mm, left 28 mm, right 26 mm, bottom 35 mm (in twentieths of a point)
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN_TOP = 2098;
    private static final int MARGIN_LEFT = 1588;
    private static final int MARGIN_RIGHT = 1474;
    private static final int MARGIN_BOTTOM = 1984;
    /** The text width of the page (A4 less the margins above): a table spans it. */
    static final int TEXT_TWIPS = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String TAIL = "<w:sectPr><w:pgSz w:w=\"" + PAGE_W + "\" w:h=\"" + PAGE_H + "\"/><w:pgMar w:top=\""
            + MARGIN_TOP + "\" w:left=\"" + MARGIN_LEFT + "\" w:right=\"" + MARGIN_RIGHT + "\" w:bottom=\""
            + MARGIN_BOTTOM + "\"/></w:sectPr></w:body></w:document>";
    /**
     * The table's properties: the text width, borders, and a fixed layout so that Word and LibreOffice keep the
     * grid's columns rather than fitting them to the content (a long word breaks inside its cell instead of
     * pushing the table past the margin).
     */
    private static final String TABLE_PR = "<w:tblW w:w=\"" + TEXT_TWIPS + "\" w:type=\"dxa\"/><w:tblBorders>"
            + "<w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/><w:right w:val=\"single\"/>"
            + "<w:insideH w:val=\"single\"/><w:insideV w:val=\"single\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "</w:tblPr>";

    /**
     * The tables' styles by id: a table's text size and its cells' usual alignment, so that each of its many cells
     * says only how it differs (the appendix has some 350 a letter).
     */
    private final Map<String, String> tableStyles = new LinkedHashMap<>();

    /** The body so far: paragraphs (still open to more runs and properties) and finished tables. */
    private final List<Object> body = new ArrayList<>();
    private final String title;
    private final String heading;
    private final String text;

    /** @param fonts fontTitle, fontHeading, fontBody (missing ones: {@link #DEFAULT_FONTS}) */
    public Docx(Map<String, ?> fonts) {
        this.title = fontsElement(font(fonts, "fontTitle"));
        this.heading = fontsElement(font(fonts, "fontHeading"));
        this.text = fontsElement(font(fonts, "fontBody"));
    }

    private static String font(Map<String, ?> fonts, String key) {
        Object v = fonts.get(key);
        return v == null || v.toString().isBlank() ? DEFAULT_FONTS.get(key) : v.toString();
    }

    private static String fontsElement(String font) {
        StringBuilder b = new StringBuilder("<w:rFonts w:eastAsia=\"");
        attribute(b, font);
        b.append("\" w:ascii=\"");
        attribute(b, font);
        b.append("\" w:hAnsi=\"");
        attribute(b, font);
        return b.append("\"/>").toString();
    }

    /** A paragraph: its properties may be set and runs appended until the document is written. */
    public static final class Paragraph {
        private Align align;
        private int before = -1;
        private int after = -1;
        private int firstLine = -1;
        private int left = -1;
        private boolean keepNext;
        private boolean pageBreak;
        private String borderBottom;
        private final StringBuilder runs = new StringBuilder();

        public Paragraph keepNext() {
            keepNext = true;
            return this;
        }

        /** Indents the whole paragraph by {@code twips} (twentieths of a point). */
        public Paragraph indentLeft(int twips) {
            left = twips;
            return this;
        }

        public Paragraph align(Align a) {
            align = a;
            return this;
        }

        /** {@code w:pPr} in the schema's order of its children, then the runs. */
        private void writeTo(StringBuilder out) {
            boolean props = keepNext || pageBreak || borderBottom != null || before >= 0 || after >= 0
                    || firstLine >= 0 || left >= 0 || align != null;
            if (!props && runs.isEmpty()) {
                out.append("<w:p/>");
                return;
            }
            out.append("<w:p>");
            if (props) {
                out.append("<w:pPr>");
                if (keepNext) out.append("<w:keepNext w:val=\"on\"/>");
                if (pageBreak) out.append("<w:pageBreakBefore w:val=\"on\"/>");
                if (borderBottom != null) out.append(borderBottom);
                if (before >= 0 || after >= 0) {
                    out.append("<w:spacing");
                    if (before >= 0) out.append(" w:before=\"").append(before).append('"');
                    if (after >= 0) out.append(" w:after=\"").append(after).append('"');
                    out.append("/>");
                }
                if (firstLine >= 0 || left >= 0) {
                    out.append("<w:ind");
                    if (firstLine >= 0) out.append(" w:firstLine=\"").append(firstLine).append('"');
                    if (left >= 0) out.append(" w:left=\"").append(left).append('"');
                    out.append("/>");
                }
                if (align != null) out.append("<w:jc w:val=\"").append(align.value).append("\"/>");
                out.append("</w:pPr>");
            }
            out.append(runs).append("</w:p>");
        }
    }

    private Paragraph paragraph() {
        Paragraph p = new Paragraph();
        body.add(p);
        return p;
    }

    /** A centred title in the title font, broken into balanced lines for this page's width ({@link TitleLines}). */
    public Paragraph title(String text, double size, String color) {
        Paragraph p = paragraph().align(Align.CENTER);
        p.after = 200;
        // one ideograph is about as wide as the font is high; a little spare for Word's own metrics
        run(p, TitleLines.balance(text.replace("\n", ""), TEXT_TWIPS / 20.0 / size - 1), title, size, false, color);
        return p;
    }

    /** A red line under the office's name (版头分隔线). */
    public void rule() {
        Paragraph p = paragraph();
        p.borderBottom = "<w:pBdr><w:bottom w:val=\"single\" w:color=\"" + RED + "\" w:sz=\"12\"/></w:pBdr>";
        p.after = 240;
    }

    public Paragraph heading(String text, double size) {
        Paragraph p = paragraph().keepNext();
        p.before = 200;
        p.after = 100;
        run(p, text, heading, size, false, null);
        return p;
    }

    /** A paragraph of body text; {@code indent} gives it the two-character first-line indent of 公文 paragraphs. */
    public Paragraph text(String text, double size, boolean indent) {
        Paragraph p = paragraph();
        if (indent) p.firstLine = (int) Math.round(size * 2 * 20);
        p.after = 60;
        run(p, text, this.text, size, false, null);
        return p;
    }

    public Paragraph aligned(String text, double size, Align align) {
        return text(text, size, false).align(align);
    }

    /** Appends a run in the body font. */
    public void add(Paragraph p, String text, double size, boolean bold, String color) {
        run(p, text, this.text, size, bold, color);
    }

    /** Appends a run in the heading font. */
    public void addHeading(Paragraph p, String text, double size, String color) {
        run(p, text, heading, size, false, color);
    }

    private static void run(Paragraph p, String text, String fonts, double size, boolean bold, String color) {
        run(p.runs, text, fonts, size, bold, color);
    }

    /** {@code w:r}: the run's properties, then each line as {@code w:t} with a {@code w:br} between lines. */
    private static void run(StringBuilder out, String text, String fonts, double size, boolean bold, String color) {
        out.append("<w:r><w:rPr>").append(fonts).append("<w:sz w:val=\"").append(Math.round(size * 2))
                .append("\"/><w:b w:val=\"").append(bold ? "on" : "off").append("\"/>");
        if (color != null) out.append("<w:color w:val=\"").append(color).append("\"/>");
        out.append("</w:rPr>");
        lines(out, text);
        out.append("</w:r>");
    }

    /** Each line as {@code w:t}, a {@code w:br} between lines. */
    private static void lines(StringBuilder out, String text) {
        String s = text == null ? "" : text;
        int start = 0;
        while (true) {
            int end = s.indexOf('\n', start);
            if (end < 0) end = s.length();
            if (start > 0) out.append("<w:br/>");
            textElement(out, s, start, end);
            if (end == s.length()) break;
            start = end + 1;
        }
    }

    /** {@code w:t}; text that begins or ends with white space keeps it ({@code xml:space="preserve"}). */
    private static void textElement(StringBuilder out, String s, int start, int end) {
        if (start == end) {
            out.append("<w:t/>");
            return;
        }
        boolean preserve = Character.isWhitespace(s.charAt(start)) || Character.isWhitespace(s.charAt(end - 1));
        out.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                // only "]]>" must not appear in text
                case '>' -> out.append(i - start >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : ">");
                case '\r' -> out.append("&#13;");
                default -> appendChar(out, s, i, c, end);
            }
        }
        out.append("</w:t>");
    }

    /** A character XML allows as it is; one it does not (a control character, a lone surrogate) as '?'. */
    private static void appendChar(StringBuilder out, String s, int i, char c, int end) {
        if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c >= 0xE000 && c <= 0xFFFD) {
            out.append(c);
        } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c);
        } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
            out.append(c);
        } else {
            out.append('?');
        }
    }

    private static void attribute(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> appendChar(out, s, i, c, s.length());
            }
        }
    }

    /**
     * A cell of {@link #grid}: its text, in bold or not, its colour and fill (hex, or null for black and none), its
     * alignment (null: left), and whether it spans the whole row (a band, as for a group's heading).
     */
    public record Cell(String text, boolean bold, String color, String fill, Align align, boolean across) {

        public Cell(String text, boolean bold, String color, String fill, Align align) {
            this(text, bold, color, fill, align, false);
        }

        public static Cell plain(String text) {
            return new Cell(text, false, null, null, null);
        }

        /** A bold band across the table. */
        public static Cell band(String text, String fill) {
            return new Cell(text, true, null, fill, null, true);
        }
    }

    /**
     * A table with a header row (in the heading font, repeated on each page) and the rows given, in the body font;
     * columns in proportion to weights (equal without), across the text width. A row shorter than the header leaves
     * its last cells empty.
     */
    public void table(List<String> header, List<List<String>> rows, double size, double... weights) {
        grid(header.stream().map(Cell::plain).toList(), rows.stream().map(r -> r.stream().map(Cell::plain).toList()).toList(),
                size, weights);
    }

    /**
     * {@link #table} with each cell's look given: bold, colour, fill, alignment.
     * <p>
     * The widths are written twice, as Word expects: the grid ({@code w:gridCol}), which LibreOffice reads, and each
     * cell's {@code w:tcW}, in twips. Cell widths alone (as percentages) LibreOffice ignores: equal columns.
     */
    public void grid(List<Cell> header, List<List<Cell>> rows, double size, double... weights) {
        int columns = Math.max(1, header.isEmpty() ? rows.get(0).size() : header.size());
        int[] twips = columnTwips(columns, weights);
        int centred = 0, all = 0;
        for (List<Cell> r : rows) {
            for (Cell c : r) {
                all++;
                if (c.align() == Align.CENTER) centred++;
            }
        }
        Align usual = 2 * centred > all ? Align.CENTER : Align.LEFT;
        long halfPoints = Math.round(size * 2);
        String style = "Grid" + halfPoints + usual.value;
        tableStyles.computeIfAbsent(style, id -> "<w:style w:type=\"table\" w:styleId=\"" + id + "\"><w:name w:val=\""
                + id + "\"/><w:pPr><w:jc w:val=\"" + usual.value + "\"/></w:pPr><w:rPr><w:sz w:val=\"" + halfPoints
                + "\"/></w:rPr></w:style>");
        StringBuilder t = new StringBuilder(128 * (rows.size() + 1) * columns);
        t.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(style).append("\"/>").append(TABLE_PR).append("<w:tblGrid>");
        for (int c = 0; c < columns; c++) t.append("<w:gridCol w:w=\"").append(twips[c]).append("\"/>");
        t.append("</w:tblGrid>");
        if (!header.isEmpty()) row(t, header, twips, "<w:trPr><w:tblHeader w:val=\"on\"/></w:trPr>", heading, usual);
        for (List<Cell> r : rows) row(t, r, twips, "", text, usual);
        body.add(t.append("</w:tbl>").toString());
        paragraph().after = 0;
    }

    /** The columns' widths in twips, in proportion to weights (missing ones: 1), summing to the text width exactly. */
    static int[] columnTwips(int columns, double... weights) {
        double[] w = new double[columns];
        double sum = 0;
        for (int c = 0; c < columns; c++) sum += w[c] = c < weights.length ? weights[c] : 1;
        int[] twips = new int[columns];
        double edge = 0;
        for (int c = 0; c < columns; c++) {
            // rounded at the running edge, so the rounding never adds up to more or less than the text width
            twips[c] = (int) (Math.round((edge + w[c]) / sum * TEXT_TWIPS) - Math.round(edge / sum * TEXT_TWIPS));
            edge += w[c];
        }
        return twips;
    }

    /**
     * One row; a cell says only what differs from the table's style (its size and usual alignment) and the document's
     * defaults (styles.xml: the body font, not bold).
     */
    private void row(StringBuilder t, List<Cell> cells, int[] twips, String props, String fonts, Align usual) {
        int columns = twips.length;
        if (cells.size() > columns) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + columns + " columns");
        }
        boolean band = cells.size() == 1 && cells.get(0).across();
        t.append("<w:tr>").append(props);
        for (int c = 0; c < (band ? 1 : columns); c++) {
            Cell cell = c < cells.size() ? cells.get(c) : null;
            t.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(band ? TEXT_TWIPS : twips[c]).append("\" w:type=\"dxa\"/>");
            if (band) t.append("<w:gridSpan w:val=\"").append(columns).append("\"/>");
            if (cell != null && cell.fill() != null) {
                t.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(cell.fill()).append("\"/>");
            }
            t.append("</w:tcPr>");
            if (cell == null) {
                t.append("<w:p/>");
            } else {
                t.append("<w:p>");
                Align align = cell.align() == null ? Align.LEFT : cell.align();
                if (align != usual) t.append("<w:pPr><w:jc w:val=\"").append(align.value).append("\"/></w:pPr>");
                t.append("<w:r>");
                boolean other = !fonts.equals(text);
                if (other || cell.bold() || cell.color() != null) {
                    t.append("<w:rPr>");
                    if (other) t.append(fonts);
                    if (cell.bold()) t.append("<w:b w:val=\"on\"/>");
                    if (cell.color() != null) t.append("<w:color w:val=\"").append(cell.color()).append("\"/>");
                    t.append("</w:rPr>");
                }
                lines(t, cell.text());
                t.append("</w:r></w:p>");
            }
            t.append("</w:tc>");
        }
        t.append("</w:tr>");
    }

    public void pageBreak() {
        paragraph().pageBreak = true;
    }

    /** The document part, {@code word/document.xml}. */
    byte[] documentXml() {
        StringBuilder out = new StringBuilder(16_384).append(HEAD);
        for (Object e : body) {
            if (e instanceof Paragraph p) p.writeTo(out);
            else out.append((String) e);
        }
        return out.append(TAIL).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The styles part, {@code word/styles.xml}: the document's default run is in the body font; the tables' styles. */
    byte[] stylesXml() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + text + "</w:rPr></w:rPrDefault></w:docDefaults>"
                + String.join("", tableStyles.values()) + "</w:styles>").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the .docx package; {@code out} is left open. */
    public void write(OutputStream out) throws IOException {
        DocxPackage.write(documentXml(), stylesXml(), out);
    }
}
