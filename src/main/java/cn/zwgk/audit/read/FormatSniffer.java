package cn.zwgk.audit.read;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Recognises a file's format from its first bytes; rejects formats that cannot be read, saying what they are. */
final class FormatSniffer {

    enum Format { PDF, DOCX, OTHER }

    /** The main part of a Word document as Word and WPS name it (word/document.xml, word/document2.xml). */
    private static final Pattern DOCUMENT_PART = Pattern.compile("word/document\\d*\\.xml");

    /** Containers can hold thousands of entries; a .docx has a few dozen. */
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private FormatSniffer() {}

    /** PDF or .docx by signature; throws for known formats that are not supported; OTHER means "decode as text". */
    static Format binaryFormat(byte[] b) throws UnreadableInputException {
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) return Format.PDF;
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) return zipFormat(b);
        if (startsWith(b, 0x50, 0x4B, 0x05, 0x06)) throw new UnreadableInputException("这是一个空的 ZIP 压缩包，没有可读取的内容");
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new UnreadableInputException("不支持的文件格式：Word 97-2003 .doc（或其他旧版/加密的 Office 文件），"
                    + "请另存为 .docx 或 PDF 后再检查");
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            throw new UnreadableInputException("不支持的文件格式：RTF 文档，请另存为 .docx 或 PDF 后再检查");
        }
        String image = imageKind(b);
        if (image != null) {
            throw new UnreadableInputException("这是一个图片文件（" + image + "），其中的文字无法读取，请提供文字版的报告");
        }
        if (startsWith(b, 0x1F, 0x8B)) throw new UnreadableInputException("这是一个 gzip 压缩文件，请先解压");
        if (startsWith(b, 'R', 'a', 'r', '!')) throw new UnreadableInputException("这是一个 RAR 压缩文件，请先解压");
        if (startsWith(b, '7', 'z', 0xBC, 0xAF)) throw new UnreadableInputException("这是一个 7z 压缩文件，请先解压");
        return Format.OTHER;
    }

    private static Format zipFormat(byte[] b) throws UnreadableInputException {
        List<String> names = centralDirectory(b);
        if (names == null) names = localHeaders(b);
        boolean document = false, excel = false, powerpoint = false, openDocument = false;
        for (String n : names) {
            if (DOCUMENT_PART.matcher(n).matches()) document = true;
            else if (n.startsWith("xl/")) excel = true;
            else if (n.startsWith("ppt/")) powerpoint = true;
            else if (n.equals("content.xml")) openDocument = true;
        }
        if (document) return Format.DOCX;
        if (excel) throw new UnreadableInputException("不支持的文件格式：Excel 表格（.xlsx），请提供报告的 .docx、PDF 或网页版");
        if (powerpoint) throw new UnreadableInputException("不支持的文件格式：PowerPoint 演示文稿（.pptx）");
        if (openDocument) throw new UnreadableInputException("不支持的文件格式：OpenDocument（WPS/LibreOffice），请另存为 .docx 后再检查");
        throw new UnreadableInputException("这是一个 ZIP 压缩包，不是 Word 文档；请解压后逐个检查其中的报告");
    }

    /** The entries' names from the archive's central directory (nothing inflated), or null when it cannot be read. */
    private static List<String> centralDirectory(byte[] b) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(b)).get()) {
            List<String> names = new ArrayList<>();
            for (var e = zip.getEntries(); e.hasMoreElements() && names.size() < MAX_ZIP_ENTRIES; ) {
                names.add(e.nextElement().getName());
            }
            return names;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The names in the local headers, up to a Word document's, for an archive whose central directory is gone (a cut
     * download): skipping an entry inflates it, so this is only the fallback.
     */
    private static List<String> localHeaders(byte[] b) throws UnreadableInputException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(e.getName());
                if (DOCUMENT_PART.matcher(e.getName()).matches()) break;
            }
        } catch (IOException | IllegalArgumentException e) {
            if (names.stream().noneMatch(n -> DOCUMENT_PART.matcher(n).matches())) {
                throw new UnreadableInputException("文件已损坏：ZIP 结构无法读取", e);
            }
        }
        return names;
    }

    /** HTML by content: a doctype or one of the tags a page starts with, near the beginning. */
    static boolean looksLikeHtml(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) i++;
        if (i >= n || text.charAt(i) != '<') return false;
        String head = text.substring(i, Math.min(n, i + 2048)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<head") || head.contains("<table") || head.contains("<p>") || head.contains("<p ")
                || head.contains("<div") || head.contains("<meta");
    }

    private static String imageKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return "PNG";
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG";
        if (startsWith(b, 'G', 'I', 'F', '8')) return "GIF";
        if (startsWith(b, 'I', 'I', '*', 0) || startsWith(b, 'M', 'M', 0, '*')) return "TIFF";
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') return "WebP";
        return null;
    }

    private static boolean startsWith(byte[] b, int... sig) {
        if (b.length < sig.length) return false;
        for (int i = 0; i < sig.length; i++) if ((b[i] & 0xFF) != (sig[i] & 0xFF)) return false;
        return true;
    }

    private static int indexOf(byte[] b, byte[] sig, int within) {
        int end = Math.min(b.length - sig.length, within);
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < sig.length; j++) if (b[i + j] != sig[j]) continue outer;
            return i;
        }
        return -1;
    }
}
