package cn.zwgk.audit.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Format recognition from content, encodings, and inputs that are not reports at all. */
class DocumentsTest {

    record Encoded(String seed, String charset, boolean bom, String detected) {}

    static List<Encoded> encodings() throws IOException {
        List<Encoded> out = new ArrayList<>();
        for (Path p : SeedText.seeds()) {
            String s = p.toString();
            out.add(new Encoded(s, "UTF-8", false, "UTF-8"));
            out.add(new Encoded(s, "UTF-8", true, "UTF-8"));
            out.add(new Encoded(s, "GBK", false, "GB18030"));
            out.add(new Encoded(s, "GB18030", false, "GB18030"));
            out.add(new Encoded(s, "UTF-16LE", true, "UTF-16LE"));
            out.add(new Encoded(s, "UTF-16BE", true, "UTF-16BE"));
            out.add(new Encoded(s, "UTF-16LE", false, "UTF-16LE"));
            out.add(new Encoded(s, "UTF-16BE", false, "UTF-16BE"));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void textIsDecodedWithoutBeingToldItsEncoding(Encoded e, @TempDir Path dir) throws Exception {
        String original = Files.readString(Path.of(e.seed()), StandardCharsets.UTF_8);
        Path file = dir.resolve("report.docx"); // a lying name: the content decides
        Files.write(file, bytes(original, Charset.forName(e.charset()), e.bom()));
        SourceDocument doc = Documents.read(file);
        assertEquals("text", doc.format());
        assertEquals(e.detected(), doc.encoding());
        assertEquals(SourceDocument.ofText("x", "text", "UTF-8", original).lines().stream().map(SourceLine::text).toList(),
                doc.lines().stream().map(SourceLine::text).toList());
    }

    @Test
    void traditionalCharactersInGbkTextSurviveDecoding(@TempDir Path dir) throws Exception {
        String traditional = "廣州市人民政府辦公廳2021年政府信息公開工作年度報告\n一、總體情況\n";
        Path file = dir.resolve("006.txt");
        Files.write(file, traditional.getBytes(Charset.forName("GB18030")));
        SourceDocument doc = Documents.read(file);
        assertEquals("GB18030", doc.encoding());
        assertEquals("一、總體情況", doc.lines().get(1).text());
    }

    @Test
    void aUtf8FileWithADamagedByteStaysUtf8(@TempDir Path dir) throws Exception {
        String original = Files.readString(SeedText.seeds().get(0), StandardCharsets.UTF_8);
        byte[] b = original.getBytes(StandardCharsets.UTF_8);
        b = java.util.Arrays.copyOf(b, b.length - 1); // cut inside the last character
        Path file = dir.resolve("cut.txt");
        Files.write(file, b);
        SourceDocument doc = Documents.read(file);
        assertEquals("UTF-8", doc.encoding());
        assertEquals(original.lines().toList().get(2), doc.lines().get(2).text());
    }

    @Test
    void anEmptyFileSaysSo(@TempDir Path dir) throws Exception {
        assertEquals("文件为空", reason(dir, new byte[0]));
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        var e = assertThrows(UnreadableInputException.class, () -> Documents.read(dir.resolve("nothing.txt")));
        assertTrue(e.getMessage().startsWith("文件不存在"), e.getMessage());
    }

    @Test
    void anOldWordDocumentIsNamed(@TempDir Path dir) throws Exception {
        byte[] ole = new byte[4096];
        byte[] sig = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(sig, 0, ole, 0, sig.length);
        assertTrue(reason(dir, ole).contains("Word 97-2003 .doc"));
    }

    @Test
    void aBinaryFileIsNotDecodedIntoNoise(@TempDir Path dir) throws Exception {
        byte[] b = new byte[5000];
        new java.util.Random(7).nextBytes(b);
        b[0] = 1; // no known signature
        String reason = reason(dir, b);
        assertTrue(reason.contains("二进制") || reason.contains("字符编码"), reason);
    }

    @Test
    void imagesAndOtherContainersAreNamed(@TempDir Path dir) throws Exception {
        assertTrue(reason(dir, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}).contains("PNG"));
        assertTrue(reason(dir, zip("xl/workbook.xml", "<workbook/>")).contains("Excel"));
        assertTrue(reason(dir, zip("readme.txt", "hello")).contains("ZIP"));
    }

    @Test
    void aTooLargeFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'a'}), Documents.MAX_BYTES + 10); // sparse
        }
        var e = assertThrows(UnreadableInputException.class, () -> Documents.read(big));
        assertTrue(e.getMessage().contains("文件过大"), e.getMessage());
    }

    @Test
    void htmlIsRecognisedFromContentNotName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.pdf");
        Files.writeString(file, "\n  <html><body><p>一、总体情况</p></body></html>", StandardCharsets.UTF_8);
        assertEquals("html", Documents.read(file).format());
        Files.writeString(file, "一、总体情况 <p> 不是网页", StandardCharsets.UTF_8);
        assertEquals("text", Documents.read(file).format());
    }

    static byte[] bytes(String text, Charset cs, boolean bom) {
        byte[] body = text.getBytes(cs);
        byte[] mark = !bom ? new byte[0]
                : cs.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : cs.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] out = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bos.toByteArray();
    }

    static String reason(Path dir, byte[] content) throws IOException {
        Path f = dir.resolve("input-" + System.nanoTime());
        Files.write(f, content);
        return assertThrows(UnreadableInputException.class, () -> Documents.read(f)).getMessage();
    }
}
