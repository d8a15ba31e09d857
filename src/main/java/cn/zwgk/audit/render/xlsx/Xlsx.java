package cn.zwgk.audit.render.xlsx;

import cn.zwgk.audit.render.KeepOpen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook of sheets with a header row and rows of text and numbers, written as SpreadsheetML straight into the
 * zip, one row at a time: the parts POI's streaming workbook (SXSSF, inline strings) wrote for the same calls, byte
 * for byte except that the application and author are this program, so that Excel, WPS and LibreOffice show it as
 * before, without POI's classes (1,400 of them, a fifth of a one-report check's) and without holding a sheet in
 * memory. Styles: 0 plain, 1 the header (bold on grey 25%), 2 wrapped
 * text aligned to the top. Every sheet prints landscape on A4, one page wide, its header repeated on each page, with
 * a filter on the header and the panes frozen below it.
 */
final class Xlsx implements AutoCloseable {

    /** Excel's limit of characters in a cell: longer text is cut (a list of thousands of agencies passes it). */
    static final int MAX_CELL = 32_767;

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String XML_STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.";

    /** A sheet: its name and its columns' widths in characters (a row has one cell per column). */
    record Layout(String name, int... widths) {}

    private final ZipOutputStream zip;
    private final Writer xml;
    private final List<Layout> layouts;
    private int sheets;

    /** Writes the workbook's parts around {@code sheets}; then {@link #sheet} for each, in order. */
    Xlsx(OutputStream target, List<Layout> sheets) throws IOException {
        Set<String> seen = new HashSet<>();
        for (Layout l : sheets) {
            validate(l.name());
            if (!seen.add(l.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("工作表名称重复：" + l.name());
            }
        }
        this.layouts = List.copyOf(sheets);
        this.zip = new ZipOutputStream(new KeepOpen(target));
        zip.setLevel(java.util.zip.Deflater.BEST_SPEED); // as the .docx files: the sheets' XML deflated fast
        this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        part("[Content_Types].xml", contentTypes());
        part("_rels/.rels", XML_STANDALONE + "<Relationships xmlns=\"" + RELS + "\">"
                + rel(1, "xl/workbook.xml", DOC_RELS + "/officeDocument")
                + rel(2, "docProps/app.xml", DOC_RELS + "/extended-properties")
                + rel(3, "docProps/core.xml", RELS + "/metadata/core-properties") + "</Relationships>");
        part("docProps/app.xml", XML + "<Properties xmlns=\"" + DOC_RELS.replace("relationships", "extended-properties")
                + "\"><Application>zwgk-audit</Application></Properties>");
        part("docProps/core.xml", XML_STANDALONE + "<cp:coreProperties xmlns:cp=\"" + RELS.replace("relationships",
                "metadata/core-properties") + "\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "</dcterms:created><dc:creator>zwgk-audit</dc:creator></cp:coreProperties>");
        part("xl/sharedStrings.xml", XML + "<sst count=\"0\" uniqueCount=\"0\" xmlns=\"" + MAIN + "\"/>");
        part("xl/styles.xml", XML + STYLES);
        part("xl/workbook.xml", workbook());
        StringBuilder rels = new StringBuilder(XML_STANDALONE + "<Relationships xmlns=\"" + RELS + "\">");
        rels.append(rel(1, "sharedStrings.xml", DOC_RELS + "/sharedStrings"));
        rels.append(rel(2, "styles.xml", DOC_RELS + "/styles"));
        for (int i = 0; i < layouts.size(); i++) {
            rels.append(rel(i + 3, "worksheets/sheet" + (i + 1) + ".xml", DOC_RELS + "/worksheet"));
        }
        part("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
    }

    /**
     * Starts the next sheet.
     *
     * @param rows how many rows will follow the header (the sheet's dimension says so before its data)
     */
    Sheet sheet(int rows) throws IOException {
        if (sheets == layouts.size()) throw new IllegalStateException("no sheet left");
        int[] widths = layouts.get(sheets).widths();
        int n = ++sheets;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + n + ".xml"));
        xml.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetPr><pageSetUpPr fitToPage=\"true\"/></sheetPr>"
                + "<dimension ref=\"A1:" + column(widths.length - 1) + (rows + 1) + "\"/><sheetViews>"
                + "<sheetView workbookViewId=\"0\"" + (n == 1 ? " tabSelected=\"true\"" : "") + ">"
                + "<pane ySplit=\"1.0\" state=\"frozen\" topLeftCell=\"A2\" activePane=\"bottomLeft\"/>"
                + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/>"
                + "<cols>");
        for (int i = 0; i < widths.length; i++) {
            xml.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + (double) widths[i]
                    + "\" customWidth=\"true\"/>");
        }
        xml.write("</cols><sheetData>\n");
        return new Sheet(widths.length);
    }

    /** One sheet being written: its header, then its rows, then {@link #end()}. */
    final class Sheet {
        private final int columns;
        private int row;

        private Sheet(int columns) {
            this.columns = columns;
        }

        void header(String... names) throws IOException {
            row = 1;
            xml.write("<row r=\"1\">\n");
            for (int i = 0; i < names.length; i++) text(i, 1, names[i]);
            xml.write("</row>\n");
        }

        /** A row: a number is a number cell, anything else (null is empty) wrapped text. */
        void row(Object... values) throws IOException {
            int r = ++row;
            xml.write("<row r=\"" + r + "\">\n");
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Number num) {
                    xml.write("<c r=\"" + column(i) + r + "\" t=\"n\"><v>" + num.doubleValue() + "</v></c>");
                } else {
                    text(i, 2, values[i] == null ? "" : fit(values[i].toString()));
                }
            }
            xml.write("</row>\n");
        }

        void end() throws IOException {
            xml.write("</sheetData><autoFilter ref=\"A1:" + column(columns - 1) + "1\"/>"
                    + "<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/>"
                    + "<pageSetup orientation=\"landscape\" paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
                    + "</worksheet>");
            xml.flush();
            zip.closeEntry();
        }

        private void text(int column, int style, String text) throws IOException {
            xml.write("<c r=\"" + column(column) + row + "\" s=\"" + style + "\" t=\"inlineStr\"><is><t");
            if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                xml.write(" xml:space=\"preserve\"");
            }
            xml.write('>');
            escape(text);
            xml.write("</t></is></c>");
        }
    }

    @Override
    public void close() throws IOException {
        if (sheets != layouts.size()) throw new IllegalStateException("sheets missing: " + sheets + " of " + layouts.size());
        xml.flush();
        zip.finish();
        zip.flush();
    }

    /** The column's letters: 0 is A, 25 Z, 26 AA. */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) b.insert(0, (char) ('A' + (i - 1) % 26));
        return b.toString();
    }

    /** Text as SXSSF escapes it: markup and line breaks as references, other control characters as '?'. */
    private void escape(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> xml.write("&lt;");
                case '>' -> xml.write("&gt;");
                case '&' -> xml.write("&amp;");
                case '"' -> xml.write("&quot;");
                case '\n' -> xml.write("&#xa;");
                case '\r' -> xml.write("&#xd;");
                case '\t' -> xml.write("&#x9;");
                case '\u00A0' -> xml.write("&#xa0;");
                default -> xml.write(c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? '?' : c);
            }
        }
    }

    private static String fit(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 7) + "……";
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder b = new StringBuilder(XML_STANDALONE
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
                + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>");
        b.append(override(TYPE + "extended-properties+xml", "/docProps/app.xml"));
        b.append(override("application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml"));
        b.append(override(TYPE + "spreadsheetml.sharedStrings+xml", "/xl/sharedStrings.xml"));
        b.append(override(TYPE + "spreadsheetml.styles+xml", "/xl/styles.xml"));
        b.append(override(TYPE + "spreadsheetml.sheet.main+xml", "/xl/workbook.xml"));
        for (int i = 1; i <= layouts.size(); i++) {
            b.append(override(TYPE + "spreadsheetml.worksheet+xml", "/xl/worksheets/sheet" + i + ".xml"));
        }
        return b.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder b = new StringBuilder(XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\">"
                + "<workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < layouts.size(); i++) {
            b.append("<sheet name=\"").append(attribute(layouts.get(i).name())).append("\" r:id=\"rId").append(i + 3)
                    .append("\" sheetId=\"").append(i + 1).append("\"/>");
        }
        b.append("</sheets><definedNames>");
        // the header printed on every page; the filter's range (Excel keeps it as a hidden name)
        for (int i = 0; i < layouts.size(); i++) {
            String sheet = text(formulaName(layouts.get(i).name()));
            b.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
                    .append(sheet).append("!$1:$1</definedName>");
            b.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
                    .append("\" hidden=\"true\">").append(sheet).append("!$A$1:$").append(column(layouts.get(i).widths().length - 1))
                    .append("$1</definedName>");
        }
        return b.append("</definedNames></workbook>").toString();
    }

    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"0\"/><fonts count=\"2\">"
            + "<font><sz val=\"11.0\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
            + "<scheme val=\"minor\"/></font><font><name val=\"Calibri\"/><sz val=\"11.0\"/><b val=\"true\"/></font>"
            + "</fonts><fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"darkGray\"/></fill>"
            + "<fill><patternFill patternType=\"none\"><fgColor indexed=\"22\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/></patternFill></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyFont=\"true\" applyFill=\"true\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"true\">"
            + "<alignment wrapText=\"true\" vertical=\"top\"/></xf></cellXfs></styleSheet>";

    private static String rel(int id, String target, String type) {
        return "<Relationship Id=\"rId" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }

    private static String override(String type, String part) {
        return "<Override ContentType=\"" + type + "\" PartName=\"" + part + "\"/>";
    }

    /** Excel's rules for a sheet's name: 1 to 31 characters, none of : \ / ? * [ ], no quote at either end. */
    private static void validate(String name) {
        if (name == null || name.isEmpty() || name.length() > 31) {
            throw new IllegalArgumentException("工作表名称须为 1 到 31 个字符：" + name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ':' || c == '\\' || c == '/' || c == '?' || c == '*' || c == '[' || c == ']' || c < ' ') {
                throw new IllegalArgumentException("工作表名称不能含有字符“" + c + "”：" + name);
            }
        }
        if (name.charAt(0) == '\'' || name.charAt(name.length() - 1) == '\'') {
            throw new IllegalArgumentException("工作表名称不能以单引号开头或结尾：" + name);
        }
    }

    /**
     * A sheet's name as a formula writes it: quoted (quotes doubled) when it holds anything but letters, digits,
     * '_' and '.', starts with a digit, or could be read as a cell, a boolean or an R1C1 reference.
     */
    static String formulaName(String name) {
        boolean quote = Character.isDigit(name.charAt(0))
                || name.matches("(?i)[a-z]+[0-9]+|true|false|(r|c|rc)([0-9].*)?|r[0-9].*|rc[0-9].*");
        for (int i = 0; i < name.length() && !quote; i++) {
            char c = name.charAt(i);
            quote = !Character.isLetterOrDigit(c) && c != '_' && c != '.';
        }
        return quote ? "'" + name.replace("'", "''") + "'" : name;
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
