package cn.zwgk.audit.render.docx;

import cn.zwgk.audit.render.Ink;
import cn.zwgk.audit.render.TitleLines;

import java.io.IOException;
import java.io.OutputStream;
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
    /** The {@code w:rFonts} element of each kind of text. */
    private final XmlBytes title;
    private final XmlBytes heading;
    private final XmlBytes text;

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

    private static XmlBytes fontsElement(String font) {
        return new XmlBytes(128).markup("<w:rFonts w:eastAsia=\"").attribute(font).markup("\" w:ascii=\"")
                .attribute(font).markup("\" w:hAnsi=\"").attribute(font).markup("\"/>");
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
        private final XmlBytes runs = new XmlBytes(256);

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
        private void writeTo(XmlBytes out) {
            boolean props = keepNext || pageBreak || borderBottom != null || before >= 0 || after >= 0
                    || firstLine >= 0 || left >= 0 || align != null;
            if (!props && runs.isEmpty()) {
                out.markup("<w:p/>");
                return;
            }
            out.markup("<w:p>");
            if (props) {
                out.markup("<w:pPr>");
                if (keepNext) out.markup("<w:keepNext w:val=\"on\"/>");
                if (pageBreak) out.markup("<w:pageBreakBefore w:val=\"on\"/>");
                if (borderBottom != null) out.markup(borderBottom);
                if (before >= 0 || after >= 0) {
                    out.markup("<w:spacing");
                    if (before >= 0) out.markup(" w:before=\"").number(before).markup("\"");
                    if (after >= 0) out.markup(" w:after=\"").number(after).markup("\"");
                    out.markup("/>");
                }
                if (firstLine >= 0 || left >= 0) {
                    out.markup("<w:ind");
                    if (firstLine >= 0) out.markup(" w:firstLine=\"").number(firstLine).markup("\"");
                    if (left >= 0) out.markup(" w:left=\"").number(left).markup("\"");
                    out.markup("/>");
                }
                if (align != null) out.markup("<w:jc w:val=\"").markup(align.value).markup("\"/>");
                out.markup("</w:pPr>");
            }
            out.append(runs).markup("</w:p>");
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
        p.borderBottom = "<w:pBdr><w:bottom w:val=\"single\" w:color=\"" + Ink.RED.hex() + "\" w:sz=\"12\"/></w:pBdr>";
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

    private static void run(Paragraph p, String text, XmlBytes fonts, double size, boolean bold, String color) {
        run(p.runs, text, fonts, size, bold, color);
    }

    /** {@code w:r}: the run's properties, then each line as {@code w:t} with a {@code w:br} between lines. */
    private static void run(XmlBytes out, String text, XmlBytes fonts, double size, boolean bold, String color) {
        out.markup("<w:r><w:rPr>").append(fonts).markup("<w:sz w:val=\"").number(Math.round(size * 2))
                .markup("\"/><w:b w:val=\"").markup(bold ? "on" : "off").markup("\"/>");
        if (color != null) out.markup("<w:color w:val=\"").attribute(color).markup("\"/>");
        out.markup("</w:rPr>");
        lines(out, text);
        out.markup("</w:r>");
    }

    /** Each line as {@code w:t}, a {@code w:br} between lines. */
    private static void lines(XmlBytes out, String text) {
        String s = text == null ? "" : text;
        int start = 0;
        while (true) {
            int end = s.indexOf('\n', start);
            if (end < 0) end = s.length();
            if (start > 0) out.markup("<w:br/>");
            textElement(out, s, start, end);
            if (end == s.length()) break;
            start = end + 1;
        }
    }

    /** {@code w:t}; text that begins or ends with white space keeps it ({@code xml:space="preserve"}). */
    private static void textElement(XmlBytes out, String s, int start, int end) {
        if (start == end) {
            out.markup("<w:t/>");
            return;
        }
        boolean preserve = Character.isWhitespace(s.charAt(start)) || Character.isWhitespace(s.charAt(end - 1));
        out.markup(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>").text(s, start, end).markup("</w:t>");
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
        XmlBytes t = new XmlBytes(128 * (rows.size() + 1) * columns);
        t.markup("<w:tbl><w:tblPr><w:tblStyle w:val=\"").markup(style).markup("\"/>").markup(TABLE_PR).markup("<w:tblGrid>");
        for (int c = 0; c < columns; c++) t.markup("<w:gridCol w:w=\"").number(twips[c]).markup("\"/>");
        t.markup("</w:tblGrid>");
        if (!header.isEmpty()) row(t, header, twips, "<w:trPr><w:tblHeader w:val=\"on\"/></w:trPr>", heading, usual);
        for (List<Cell> r : rows) row(t, r, twips, "", text, usual);
        body.add(t.markup("</w:tbl>"));
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
    private void row(XmlBytes t, List<Cell> cells, int[] twips, String props, XmlBytes fonts, Align usual) {
        int columns = twips.length;
        if (cells.size() > columns) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + columns + " columns");
        }
        boolean band = cells.size() == 1 && cells.get(0).across();
        t.markup("<w:tr>").markup(props);
        for (int c = 0; c < (band ? 1 : columns); c++) {
            Cell cell = c < cells.size() ? cells.get(c) : null;
            t.markup("<w:tc><w:tcPr><w:tcW w:w=\"").number(band ? TEXT_TWIPS : twips[c]).markup("\" w:type=\"dxa\"/>");
            if (band) t.markup("<w:gridSpan w:val=\"").number(columns).markup("\"/>");
            if (cell != null && cell.fill() != null) {
                t.markup("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").attribute(cell.fill()).markup("\"/>");
            }
            t.markup("</w:tcPr>");
            if (cell == null) {
                t.markup("<w:p/>");
            } else {
                t.markup("<w:p>");
                Align align = cell.align() == null ? Align.LEFT : cell.align();
                if (align != usual) t.markup("<w:pPr><w:jc w:val=\"").markup(align.value).markup("\"/></w:pPr>");
                t.markup("<w:r>");
                boolean other = !fonts.sameBytes(text);
                if (other || cell.bold() || cell.color() != null) {
                    t.markup("<w:rPr>");
                    if (other) t.append(fonts);
                    if (cell.bold()) t.markup("<w:b w:val=\"on\"/>");
                    if (cell.color() != null) t.markup("<w:color w:val=\"").attribute(cell.color()).markup("\"/>");
                    t.markup("</w:rPr>");
                }
                lines(t, cell.text());
                t.markup("</w:r></w:p>");
            }
            t.markup("</w:tc>");
        }
        t.markup("</w:tr>");
    }

    public void pageBreak() {
        paragraph().pageBreak = true;
    }

    /** The document part, {@code word/document.xml}. */
    byte[] documentXml() {
        XmlBytes out = new XmlBytes(65_536).markup(HEAD);
        for (Object e : body) {
            if (e instanceof Paragraph p) p.writeTo(out);
            else out.append((XmlBytes) e);
        }
        return out.markup(TAIL).toByteArray();
    }

    /** The styles part, {@code word/styles.xml}: the document's default run is in the body font; the tables' styles. */
    byte[] stylesXml() {
        return new XmlBytes(1024).markup("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>").append(text).markup("</w:rPr></w:rPrDefault></w:docDefaults>"
                + String.join("", tableStyles.values()) + "</w:styles>").toByteArray();
    }

    /** Writes the .docx package; {@code out} is left open. */
    public void write(OutputStream out) throws IOException {
        DocxPackage.write(documentXml(), stylesXml(), out);
    }
}
