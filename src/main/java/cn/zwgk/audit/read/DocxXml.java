package cn.zwgk.audit.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a .docx's body with StAX, a fifth of the cost of POI's object model (which parses the whole document into
 * XMLBeans first). It gives exactly what POI gives ({@link DocxBody}) for the elements Word and WPS write in a body;
 * at anything else — a content control, a footnote, a text box's paragraph, tracked moves, a strict-OOXML file, a
 * damaged archive or XML — it gives up ({@link Unsupported}) and the document is read with POI, as before, which also
 * says why a file cannot be read.
 */
final class DocxXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String NUMBERING =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private static final Set<String> MAIN_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");
    /** The parts read are small (a long report's document.xml is a few MB); a larger one is left to POI's checks. */
    private static final long MAX_PART = 16L << 20;

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /** A reader of one part, refusing DTDs and external entities (for the POI reading's numbering and styles too). */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Something this reader does not read as POI would: the caller reads the file with POI instead. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** Elements that hold no text for POI where they stand (bookmarks, proofing and permission marks, ranges). */
    private static final Set<String> MARKS = Set.of("bookmarkStart", "bookmarkEnd", "proofErr", "permStart",
            "permEnd", "commentRangeStart", "commentRangeEnd");
    /** Run content POI adds nothing for (its text() looks only at a run's own children; a drawing's text is not). */
    private static final Set<String> SILENT_RUN_CONTENT = Set.of("softHyphen", "lastRenderedPageBreak", "sym",
            "commentReference", "annotationRef", "separator", "continuationSeparator", "pgNum", "dayShort",
            "monthShort", "yearShort", "dayLong", "monthLong", "yearLong", "drawing", "pict", "object",
            "footnoteRef", "endnoteRef");

    private DocxXml() {}

    static DocxBody read(byte[] docx) throws Unsupported {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(docx)).get()) {
            String main = mainPart(zip);
            byte[] document = part(zip, main);
            if (document == null) throw new Unsupported("no main part " + main);
            DocxNumbering numbering = DocxNumbering.none();
            byte[] lists = related(zip, main, NUMBERING);
            if (lists != null) {
                byte[] stylesPart = related(zip, main, STYLES);
                Map<String, DocxNumbering.StyleNumbering> styles =
                        stylesPart == null ? Map.of() : parse(stylesPart, DocxNumbering::styles);
                numbering = parse(lists, r -> DocxNumbering.read(r, styles));
            }
            return new DocxBody(parse(document, DocxXml::body), numbering);
        } catch (IOException | RuntimeException e) {
            throw new Unsupported("archive: " + e);
        }
    }

    // ---- the package

    /**
     * A part's bytes, or null when the archive has no such entry. Only the parts read are inflated (from the central
     * directory); one named twice, inflated far beyond its size or larger than any real one, or not in UTF-8, is left to
     * POI, which reads it or says why not.
     */
    private static byte[] part(ZipFile zip, String name) throws IOException, Unsupported {
        Iterator<ZipArchiveEntry> entries = zip.getEntries(name).iterator();
        if (!entries.hasNext()) return null;
        ZipArchiveEntry entry = entries.next();
        if (entries.hasNext()) throw new Unsupported("duplicate part " + name);
        byte[] bytes = inflate(zip, entry);
        if (bytes == null) throw new Unsupported("part too large: " + name);
        if (!startsAsUtf8Xml(bytes)) throw new Unsupported("not UTF-8 XML: " + name);
        return bytes;
    }

    /** The entry's bytes, or null as soon as it passes {@link #MAX_PART} or inflates 100-fold beyond its first MB. */
    private static byte[] inflate(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        long limit = Math.min(MAX_PART, Math.max(1 << 20, 100 * Math.max(1, entry.getCompressedSize())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                if (out.size() + n > limit) return null;
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    /** UTF-8 (with or without its mark) and starting with markup: a part in UTF-16 is left to POI. */
    private static boolean startsAsUtf8Xml(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) i++;
        return i < b.length && b[i] == '<';
    }

    /** The main document part named by the package relationships, whose content type is a Word document's. */
    private static String mainPart(ZipFile zip) throws IOException, Unsupported {
        String target = relationship(zip, "_rels/.rels", OFFICE_DOCUMENT);
        if (target == null) throw new Unsupported("no officeDocument relationship");
        String main = resolve("", target);
        byte[] types = part(zip, "[Content_Types].xml");
        if (types == null) throw new Unsupported("no content types");
        String type = parse(types, r -> contentType(r, main));
        if (!MAIN_TYPES.contains(type)) throw new Unsupported("main part type " + type);
        return main;
    }

    /** The main part's related part of this type (its list definitions, its styles), or null when it has none. */
    private static byte[] related(ZipFile zip, String main, String type) throws IOException, Unsupported {
        int slash = main.lastIndexOf('/');
        String dir = main.substring(0, slash + 1);
        String rels = dir + "_rels/" + main.substring(slash + 1) + ".rels";
        if (!zip.getEntries(rels).iterator().hasNext()) return null;
        String target = relationship(zip, rels, type);
        if (target == null) return null;
        byte[] xml = part(zip, resolve(dir, target));
        if (xml == null) throw new Unsupported("no part " + target);
        return xml;
    }

    /** The target of the one relationship of this type in {@code rels}, or null when there is none. */
    private static String relationship(ZipFile zip, String rels, String type) throws IOException, Unsupported {
        byte[] xml = part(zip, rels);
        if (xml == null) throw new Unsupported("no " + rels);
        return parse(xml, r -> {
            String found = null;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && PACKAGE_RELS.equals(r.getNamespaceURI())
                        && r.getLocalName().equals("Relationship") && type.equals(r.getAttributeValue(null, "Type"))) {
                    if (found != null) throw new Unsupported("two " + type + " relationships");
                    if ("External".equals(r.getAttributeValue(null, "TargetMode"))) throw new Unsupported("external");
                    found = r.getAttributeValue(null, "Target");
                }
            }
            return found;
        });
    }

    private static String contentType(XMLStreamReader r, String part) throws XMLStreamException {
        String byDefault = null;
        String extension = part.substring(part.lastIndexOf('.') + 1);
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT || !CONTENT_TYPES.equals(r.getNamespaceURI())) continue;
            if (r.getLocalName().equals("Override") && ("/" + part).equals(r.getAttributeValue(null, "PartName"))) {
                return r.getAttributeValue(null, "ContentType");
            }
            if (r.getLocalName().equals("Default") && extension.equals(r.getAttributeValue(null, "Extension"))) {
                byDefault = r.getAttributeValue(null, "ContentType");
            }
        }
        return byDefault;
    }

    /** A relationship's target as a part name: absolute ("/word/document.xml") or relative to the source's folder. */
    private static String resolve(String dir, String target) throws Unsupported {
        if (target == null || target.isEmpty() || target.contains("..") || target.contains("\\")
                || target.contains("%") || target.contains(":")) {
            throw new Unsupported("target " + target);
        }
        return target.startsWith("/") ? target.substring(1) : dir + target;
    }

    private interface XmlRead<T> {
        T read(XMLStreamReader r) throws XMLStreamException, Unsupported;
    }

    /** Hands {@code read} the part's reader at its root element; a part with a DTD is left to POI, which refuses it. */
    private static <T> T parse(byte[] xml, XmlRead<T> read) throws Unsupported {
        XMLStreamReader r = null;
        try {
            r = reader(new ByteArrayInputStream(xml));
            while (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                if (r.getEventType() == XMLStreamConstants.DTD) throw new Unsupported("DTD");
                r.next();
            }
            return read.read(r);
        } catch (XMLStreamException | RuntimeException e) {
            throw new Unsupported("xml: " + e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing is held open: the input is a byte array
                }
            }
        }
    }

    // ---- the body

    private static List<DocxBody.Block> body(XMLStreamReader r) throws XMLStreamException, Unsupported {
        if (!isW(r, "document")) throw new Unsupported("root");
        List<DocxBody.Block> blocks = null;
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "body") && blocks == null) blocks = blocks(r);
            else skip(r);
        }
        if (blocks == null) throw new Unsupported("no body");
        return blocks;
    }

    /** The body's paragraphs and tables, up to its end tag. */
    private static List<DocxBody.Block> blocks(XMLStreamReader r) throws XMLStreamException, Unsupported {
        List<DocxBody.Block> blocks = new ArrayList<>();
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            String name = wName(r);
            if ("p".equals(name)) blocks.add(paragraph(r));
            else if ("tbl".equals(name)) blocks.add(table(r));
            else if (mark(name) || "sectPr".equals(name)) skip(r);
            else throw new Unsupported("body holds " + r.getName());
        }
        return blocks;
    }

    private static DocxBody.Table table(XMLStreamReader r) throws XMLStreamException, Unsupported {
        List<DocxBody.Row> rows = new ArrayList<>();
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            String name = wName(r);
            if ("tr".equals(name)) rows.add(row(r));
            else if ("tblPr".equals(name) || "tblGrid".equals(name) || mark(name)) skip(r);
            else throw new Unsupported("table holds " + r.getName());
        }
        return new DocxBody.Table(rows);
    }

    private static DocxBody.Row row(XMLStreamReader r) throws XMLStreamException, Unsupported {
        int gridBefore = 0;
        boolean seenTrPr = false;
        List<DocxBody.Cell> cells = new ArrayList<>();
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            String name = wName(r);
            if ("tc".equals(name)) {
                cells.add(cell(r));
            } else if ("trPr".equals(name) && !seenTrPr) {
                seenTrPr = true;
                Map<String, String> trPr = values(r, "gridBefore");
                if (trPr.containsKey("gridBefore")) gridBefore = DocxBody.span(integer(trPr.get("gridBefore")));
            } else if ("trPr".equals(name) || "tblPrEx".equals(name) || mark(name)) {
                skip(r);
            } else {
                throw new Unsupported("row holds " + r.getName());
            }
        }
        return new DocxBody.Row(gridBefore, cells);
    }

    /**
     * The w:val of the first of each of {@code names} among the current element's children, by name (null when that
     * child has no w:val; no entry when there is no such child), reading to the element's end tag.
     */
    private static Map<String, String> values(XMLStreamReader r, String... names)
            throws XMLStreamException, Unsupported {
        List<String> wanted = List.of(names);
        Map<String, String> values = new HashMap<>();
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            String name = wName(r);
            if (name != null && !values.containsKey(name) && wanted.contains(name)) values.put(name, attr(r, "val"));
            skip(r);
        }
        return values;
    }

    private static DocxBody.Cell cell(XMLStreamReader r) throws XMLStreamException, Unsupported {
        int span = 1;
        boolean continued = false;
        List<DocxBody.Block> blocks = new ArrayList<>();
        boolean seenTcPr = false;
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            String name = wName(r);
            if ("tcPr".equals(name) && !seenTcPr) {
                seenTcPr = true;
                Map<String, String> tcPr = values(r, "gridSpan", "vMerge");
                if (tcPr.containsKey("gridSpan")) span = DocxBody.span(integer(tcPr.get("gridSpan")));
                if (tcPr.containsKey("vMerge")) {
                    String v = tcPr.get("vMerge");
                    if (v != null && !v.equals("continue") && !v.equals("restart")) throw new Unsupported("vMerge " + v);
                    continued = v == null || v.equals("continue");
                }
            } else if ("p".equals(name)) {
                blocks.add(paragraph(r));
            } else if ("tbl".equals(name)) {
                blocks.add(table(r));
            } else if ("tcPr".equals(name) || mark(name)) {
                skip(r);
            } else {
                throw new Unsupported("cell holds " + r.getName());
            }
        }
        return new DocxBody.Cell(span, continued, blocks);
    }

    private static DocxBody.Paragraph paragraph(XMLStreamReader r) throws XMLStreamException, Unsupported {
        DocxBody.Paragraph pPr = null;
        StringBuilder text = new StringBuilder();
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "pPr") && pPr == null) pPr = paragraphProperties(r);
            else runs(r, text, "p");
        }
        return pPr == null ? DocxBody.Paragraph.plain(text.toString())
                : new DocxBody.Paragraph(pPr.style(), pPr.numId(), pPr.ilvl(), text.toString());
    }

    /**
     * pPr as a paragraph without text: the w:val of the first pStyle and of the first numPr's first numId and first
     * ilvl (null when absent, as POI's getters give).
     */
    private static DocxBody.Paragraph paragraphProperties(XMLStreamReader r) throws XMLStreamException, Unsupported {
        String style = null, numId = null, ilvl = null;
        boolean seenNumPr = false;
        boolean seenStyle = false;
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "pStyle") && !seenStyle) {
                seenStyle = true;
                style = attr(r, "val");
                skip(r);
            } else if (isW(r, "numPr") && !seenNumPr) {
                seenNumPr = true;
                Map<String, String> numPr = values(r, "numId", "ilvl");
                numId = numPr.get("numId");
                ilvl = numPr.get("ilvl");
            } else {
                skip(r);
            }
        }
        return new DocxBody.Paragraph(style, numId, ilvl, "");
    }

    /**
     * One child of a paragraph as POI collects its runs: a run; the runs of a hyperlink, simple field or tracked
     * insertion/deletion (a deleted run, one holding delText, adds nothing); a smart tag's children in turn.
     */
    private static void runs(XMLStreamReader r, StringBuilder text, String where) throws XMLStreamException, Unsupported {
        String name = wName(r);
        if (name == null) throw new Unsupported(where + " holds " + r.getName());
        switch (name) {
            case "r" -> run(r, text);
            case "hyperlink", "fldSimple", "ins", "del" -> {
                while (next(r) == XMLStreamConstants.START_ELEMENT) {
                    if (isW(r, "r")) run(r, text);
                    else if (mark(wName(r)) || (name.equals("fldSimple") && isW(r, "fldData"))) skip(r);
                    else throw new Unsupported(name + " holds " + r.getName());
                }
            }
            case "smartTag" -> {
                while (next(r) == XMLStreamConstants.START_ELEMENT) {
                    if (isW(r, "smartTagPr")) skip(r);
                    else runs(r, text, "smartTag");
                }
            }
            default -> {
                if (mark(name)) skip(r);
                else throw new Unsupported(where + " holds " + r.getName());
            }
        }
    }

    /** A run's text as POI's XWPFRun gives it; a deleted run (one holding delText) gives nothing. */
    private static void run(XMLStreamReader r, StringBuilder text) throws XMLStreamException, Unsupported {
        StringBuilder own = new StringBuilder();
        boolean deleted = false;
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            String name = wName(r);
            if (name == null) {
                // mc:AlternateContent and other foreign content: not among POI's text children
                skip(r);
                continue;
            }
            switch (name) {
                case "t" -> own.append(r.getElementText());
                case "delText" -> {
                    deleted = true;
                    own.append(r.getElementText());
                }
                case "instrText", "delInstrText" -> skip(r);
                case "tab", "ptab" -> {
                    own.append('\t');
                    skip(r);
                }
                case "br", "cr" -> {
                    own.append('\n');
                    skip(r);
                }
                case "noBreakHyphen" -> {
                    own.append('\u2011');
                    skip(r);
                }
                case "fldChar" -> {
                    if (next(r) == XMLStreamConstants.START_ELEMENT) throw new Unsupported("fldChar with content");
                }
                case "rPr" -> runProperties(r);
                default -> {
                    if (!SILENT_RUN_CONTENT.contains(name)) throw new Unsupported("run holds " + r.getName());
                    skip(r);
                }
            }
        }
        if (!deleted) text.append(own);
    }

    /** POI upper-cases a run set in capitals or small capitals: such a run is left to it. */
    private static void runProperties(XMLStreamReader r) throws XMLStreamException, Unsupported {
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            if (isW(r, "caps") || isW(r, "smallCaps")) throw new Unsupported("capitals");
            skip(r);
        }
    }

    // ---- StAX helpers

    /** The next start or end tag, past text, comments and processing instructions; a DTD gives up. */
    private static int next(XMLStreamReader r) throws XMLStreamException, Unsupported {
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                    return ev;
                }
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new Unsupported("DTD");
                case XMLStreamConstants.END_DOCUMENT -> throw new Unsupported("unexpected end");
                default -> { }
            }
        }
    }

    /** Skips the current element, from its start tag to its end tag. */
    private static void skip(XMLStreamReader r) throws XMLStreamException, Unsupported {
        int depth = 1;
        while (depth > 0) {
            if (next(r) == XMLStreamConstants.START_ELEMENT) depth++;
            else depth--;
        }
    }

    private static boolean mark(String wName) {
        return wName != null && MARKS.contains(wName);
    }

    private static boolean isW(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && W.equals(r.getNamespaceURI());
    }

    /** The current element's local name when it is in the WordprocessingML namespace, else null. */
    private static String wName(XMLStreamReader r) {
        return W.equals(r.getNamespaceURI()) ? r.getLocalName() : null;
    }

    static String attr(XMLStreamReader r, String local) {
        return r.getAttributeValue(W, local);
    }

    private static BigInteger integer(String s) throws Unsupported {
        if (s == null) return null;
        try {
            return new BigInteger(s.strip());
        } catch (NumberFormatException e) {
            throw new Unsupported("number " + s);
        }
    }
}
