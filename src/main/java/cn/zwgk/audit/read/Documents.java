package cn.zwgk.audit.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Entry point of reading: any supported file to a {@link SourceDocument}. */
public final class Documents {

    private Documents() {}

    /** Reads a file. For now plain UTF-8 text (with or without BOM); other formats are recognised by content. */
    public static SourceDocument read(Path file) throws UnreadableInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableInputException("无法读取文件：" + e.getMessage(), e);
        }
        if (bytes.length == 0) throw new UnreadableInputException("文件为空");
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return SourceDocument.ofText(file.toString(), "text", "UTF-8", text);
    }
}
