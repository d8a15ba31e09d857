package cn.zwgk.audit.read;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxReaderTest {

    static List<Path> seeds() throws IOException {
        return SeedText.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aWordDocumentReadsAsTheReportsLines(Path seedFile, @TempDir Path dir) throws Exception {
        SeedText seed = SeedText.of(seedFile);
        Path file = dir.resolve("report.bin");
        Files.write(file, DocxRendering.docx(seed));
        SourceDocument doc = Documents.read(file);
        assertEquals("docx", doc.format());
        Lines.assertSame(seed.expectedLines(), HtmlReaderTest.texts(doc));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void automaticNumberingIsReadAsPrinted(Path seedFile) throws Exception {
        SeedText seed = SeedText.of(seedFile);
        byte[] docx = DocxRendering.docx(seed, true);
        String xml = documentXml(docx);
        assertTrue(xml.contains("<w:numId"), "the rendering uses automatic numbering");
        assertTrue(!xml.contains(">一、总体情况<") && !xml.contains("一、总体情况</w:t>"), "the number is not in the text");
        Lines.assertSame(seed.expectedLines(), HtmlReaderTest.texts(Documents.read("n.docx", docx)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void headingsNumberedThroughTheirStyleReadAsPrinted(Path seedFile) throws Exception {
        SeedText seed = SeedText.of(seedFile);
        byte[] docx = DocxRendering.docx(seed, true, true);
        String xml = documentXml(docx);
        assertTrue(xml.contains("ListHeading1") && !xml.contains("<w:numId"), "the numbers come from the styles");
        Lines.assertSame(seed.expectedLines(), HtmlReaderTest.texts(Documents.read("s.docx", docx)));
    }

    @Test
    void listNumbersInChineseAndOtherStyles() {
        assertEquals("一", DocxNumbering.number(1, "chineseCounting"));
        assertEquals("十", DocxNumbering.number(10, "chineseCounting"));
        assertEquals("十二", DocxNumbering.number(12, "chineseCounting"));
        assertEquals("二十", DocxNumbering.number(20, "chineseCountingThousand"));
        assertEquals("一百零五", DocxNumbering.number(105, "chineseCounting"));
        assertEquals("③", DocxNumbering.number(3, "decimalEnclosedCircle"));
        assertEquals("iv", DocxNumbering.number(4, "lowerRoman"));
        assertEquals("7", DocxNumbering.number(7, "decimal"));
    }

    static String documentXml(byte[] docx) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no word/document.xml");
    }

    @Test
    void tablesInsideTablesAreLayout() throws Exception {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable outer = d.createTable();
            var cell = outer.getRow(0).getCell(0);
            cell.getParagraphs().get(0).createRun().setText("一、总体情况");
            XWPFTable inner = new XWPFTable(cell.getCTTc().addNewTbl(), cell, 1, 2);
            inner.getRow(0).getCell(0).setText("规章");
            inner.getRow(0).getCell(1).setText("0");
            cell.getCTTc().addNewP(); // a cell ends with a paragraph
            outer.getRow(0).addNewTableCell().setText("二、主动公开政府信息情况");
            d.write(out);
            SourceDocument doc = Documents.read("x.docx", out.toByteArray());
            assertEquals(List.of("一、总体情况", "规章 | 0 |", "二、主动公开政府信息情况"), HtmlReaderTest.texts(doc));
        }
    }

    @Test
    void aCorruptDocumentSaysSo(@TempDir Path dir) throws Exception {
        SeedText seed = SeedText.of(seeds().get(0));
        byte[] good = DocxRendering.docx(seed);
        byte[] cut = Arrays.copyOf(good, good.length / 2);
        String reason = DocumentsTest.reason(dir, cut);
        assertTrue(reason.contains("Word 文件已损坏") || reason.contains("文件已损坏"), reason);
        byte[] bad = DocumentsTest.zip("word/document.xml", "<w:document><w:body><w:p>");
        assertTrue(DocumentsTest.reason(dir, bad).contains("Word 文件已损坏"));
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        byte[] docx = DocxRendering.docx(SeedText.of(seeds().get(0)));
        String xml = documentXml(docx);
        String hostile = xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>")
                .replaceFirst("一、总体情况", "&x;");
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             ZipOutputStream z = new ZipOutputStream(bos)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals("word/document.xml")
                        ? hostile.getBytes(java.nio.charset.StandardCharsets.UTF_8) : in.readAllBytes());
            }
        }
        try {
            SourceDocument doc = Documents.read("xxe.docx", bos.toByteArray());
            assertTrue(doc.lines().stream().noneMatch(l -> l.text().contains("TOP-SECRET")));
        } catch (UnreadableInputException e) {
            assertTrue(e.getMessage().contains("Word 文件已损坏"), e.getMessage());
            assertTrue(!e.getMessage().contains("TOP-SECRET"));
        }
    }

    /**
     * A picture stored before the text, and damaged: the format is told from the archive's directory and the text read
     * from its own part, neither reading the picture (skipping an entry of a zip stream reads it whole, which for a
     * large picture, or a bomb, costs seconds; here the damage would have made the file unreadable).
     */
    @Test
    void aDamagedPictureBeforeTheTextIsNeverRead() throws Exception {
        byte[] good = DocxRendering.docx(SeedText.of(seeds().get(0)));
        byte[] marker = "PICTURE-BYTES-".repeat(100).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good));
             ZipOutputStream z = new ZipOutputStream(bos)) {
            ZipEntry picture = new ZipEntry("word/media/image1.png");
            picture.setMethod(ZipEntry.STORED);
            picture.setSize(marker.length);
            var crc = new java.util.zip.CRC32();
            crc.update(marker);
            picture.setCrc(crc.getValue());
            z.putNextEntry(picture);
            z.write(marker);
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(in.readAllBytes());
            }
        }
        byte[] docx = bos.toByteArray();
        int at = indexOf(docx, marker);
        docx[at + 7] ^= 0x55; // its CRC no longer matches
        assertEquals(HtmlReaderTest.texts(Documents.read("good.docx", good)),
                HtmlReaderTest.texts(Documents.read("picture.docx", docx)));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void aZipBombIsRefused(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 60; i++) z.write(zeros); // 60 MB of nothing, 60 KB zipped
        }
        var e = assertThrows(UnreadableInputException.class, () -> Documents.read("bomb.docx", bos.toByteArray()));
        assertTrue(e.getMessage().contains("Word 文件已损坏"), e.getMessage());
    }
}
