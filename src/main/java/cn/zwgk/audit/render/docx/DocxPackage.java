package cn.zwgk.audit.render.docx;

import cn.zwgk.audit.render.KeepOpen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip package of a .docx: the document part, its styles (the default run's font) and the parts every letter
 * shares (content types, relationships, properties, empty settings), the parts Apache POI wrote for a new document,
 * except that the application and the author are this program (POI no longer writes them). The shared parts are
 * constants.
 */
final class DocxPackage {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final byte[] CONTENT_TYPES = bytes(XML
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
            + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\" PartName=\"/docProps/app.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\" PartName=\"/word/document.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\" PartName=\"/word/settings.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\" PartName=\"/word/styles.xml\"/>"
            + "</Types>");
    private static final byte[] PACKAGE_RELS = bytes(XML
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Target=\"word/document.xml\" Type=\"" + REL + "officeDocument\"/>"
            + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + REL + "extended-properties\"/>"
            + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" "
            + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"/>"
            + "</Relationships>");
    private static final byte[] APP = bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>zwgk-audit</Application></Properties>");
    private static final String CORE = XML
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created><dc:creator>zwgk-audit</dc:creator>"
            + "</cp:coreProperties>";
    private static final byte[] DOCUMENT_RELS = bytes(XML
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Target=\"settings.xml\" Type=\"" + REL + "settings\"/>"
            + "<Relationship Id=\"rId2\" Target=\"styles.xml\" Type=\"" + REL + "styles\"/></Relationships>");
    private static final byte[] SETTINGS = bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");

    private DocxPackage() {}

    /** Writes the package holding {@code document} and {@code styles} as word/document.xml and word/styles.xml. */
    static void write(byte[] document, byte[] styles, OutputStream out) throws IOException {
        byte[] core = bytes(CORE.formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8);
        // a letter is some 10 KB of repetitive XML: the fastest level packs it nearly as small as the default
        zip.setLevel(Deflater.BEST_SPEED);
        part(zip, "[Content_Types].xml", CONTENT_TYPES);
        part(zip, "_rels/.rels", PACKAGE_RELS);
        part(zip, "docProps/app.xml", APP);
        part(zip, "docProps/core.xml", core);
        part(zip, "word/document.xml", document);
        part(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
        part(zip, "word/settings.xml", SETTINGS);
        part(zip, "word/styles.xml", styles);
        zip.close();
    }

    private static void part(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
