package cn.zwgk.audit.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Entry point of reading: any supported file to a {@link SourceDocument}. The format is recognised from the bytes,
 * never from the file name: text (UTF-8, UTF-16, GB18030/GBK, with or without BOM), HTML, Word .docx and PDF.
 */
public final class Documents {

    /** Reports are a few hundred KB; anything beyond this is not one and would only cost memory. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    /**
     * Reports run to a few thousand lines (a 500-page PDF to some 25,000); a million table rows would take the heap of
     * the whole batch before any table is read, so the document is refused first.
     */
    static final int MAX_LINES = 60_000;

    static {
        // POI and PDFBox log through Log4j's API, which has no backend here and would print a complaint (and library
        // errors about damaged files) into the batch's output; the reader reports those files itself
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    private Documents() {}

    public static SourceDocument read(Path file) throws UnreadableInputException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new UnreadableInputException("这是一个文件夹，不是文件");
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableInputException(String.format("文件过大（%.1f MB），超过 %d MB 的上限，不像是一份年度报告",
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("文件不存在：" + name, e);
        } catch (IOException e) {
            throw new UnreadableInputException(e instanceof java.nio.file.AccessDeniedException
                    ? "没有读取此文件的权限" : "无法读取文件（读取时出错）", e);
        }
        return read(name, bytes);
    }

    /** Reads bytes that came from {@code name} (used for messages and {@link SourceDocument#file()} only). */
    public static SourceDocument read(String name, byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) throw new UnreadableInputException("文件为空");
        if (bytes.length > MAX_BYTES) throw new UnreadableInputException("文件过大，超过 50 MB 的上限");
        FormatSniffer.Format format = FormatSniffer.binaryFormat(bytes);
        switch (format) {
            case PDF:
                return bounded(PdfReader.read(name, bytes));
            case DOCX:
                return bounded(DocxReader.read(name, bytes));
            default:
                break;
        }
        DecodedText decoded = EncodingDetector.decode(bytes);
        if (FormatSniffer.looksLikeHtml(decoded.text())) return bounded(HtmlReader.read(name, decoded));
        int lines = lineCount(decoded.text());
        if (lines > MAX_LINES) throw tooManyLines(lines);
        return SourceDocument.ofText(name, "text", decoded.charset(), decoded.text());
    }

    private static SourceDocument bounded(SourceDocument doc) throws UnreadableInputException {
        if (doc.lines().size() > MAX_LINES) throw tooManyLines(doc.lines().size());
        return doc;
    }

    private static UnreadableInputException tooManyLines(int lines) {
        return new UnreadableInputException(String.format("文件有 %,d 行，超过单份报告 %,d 行的上限，不像是一份年度报告",
                lines, MAX_LINES));
    }

    private static int lineCount(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) n++;
        }
        return n;
    }
}
