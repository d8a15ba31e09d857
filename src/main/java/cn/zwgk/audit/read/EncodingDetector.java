package cn.zwgk.audit.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text without being told its charset: byte-order marks, then UTF-16 by the pattern of zero bytes, then strict
 * UTF-8, then GB18030 (a superset of GBK and GB2312, which is what legacy Chinese files are in). Binary data is
 * rejected rather than decoded into noise.
 */
final class EncodingDetector {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private EncodingDetector() {}

    static DecodedText decode(byte[] b) throws UnreadableInputException {
        DecodedText d = decodeText(b);
        if (binary(d.text())) throw new UnreadableInputException("无法识别的二进制文件：既不是文本，也不是网页、Word .docx 或 PDF");
        return d;
    }

    private static DecodedText decodeText(byte[] b) throws UnreadableInputException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new DecodedText(lenient(b, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new DecodedText(lenient(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new DecodedText(lenient(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16ByZeros(b);
        if (utf16 != null) {
            String s = strict(b, utf16);
            if (s != null) return new DecodedText(s, utf16.name());
        }
        String s = strict(b, StandardCharsets.UTF_8);
        if (s != null) return new DecodedText(s, "UTF-8");
        if (mostlyUtf8(b)) {
            // a UTF-8 file with a few damaged bytes (a cut-off download) is still UTF-8; the damage shows as U+FFFD.
            // GBK text fails UTF-8 at almost every character, so this cannot take a GBK file.
            return new DecodedText(lenient(b, 0, StandardCharsets.UTF_8), "UTF-8");
        }
        s = strict(b, GB18030);
        if (s != null) return new DecodedText(s, "GB18030");
        throw new UnreadableInputException("无法识别文件的字符编码（不是 UTF-8、UTF-16 或 GBK/GB18030 文本），也不是网页、Word .docx 或 PDF");
    }

    /**
     * UTF-16 without a BOM: ASCII characters (digits, newlines, punctuation) leave a zero byte on one side. CJK text
     * alone has few zero bytes, but every report has digits and line breaks; UTF-8 and GBK text has none.
     */
    private static Charset utf16ByZeros(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 4) return null;
        int even = 0, odd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) even++;
            if (b[i + 1] == 0) odd++;
        }
        int half = n / 2;
        // characters such as 一 (U+4E00) put a few zeros on the other side too
        if (odd * 50 >= half && odd >= 4 * even) return StandardCharsets.UTF_16LE;
        if (even * 50 >= half && even >= 4 * odd) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] b, int offset, Charset cs) {
        return new String(b, offset, b.length - offset, cs);
    }

    /** At most one malformed sequence per 1000 bytes, and multi-byte sequences present. */
    private static boolean mostlyUtf8(byte[] b) {
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        int errors = 0;
        while (true) {
            var r = decoder.decode(in, out, true);
            if (r.isError()) {
                errors++;
                in.position(in.position() + r.length());
            } else {
                break;
            }
        }
        return errors * 1000L <= b.length && out.position() < b.length;
    }

    /** Control characters other than tab, line breaks and form feed mean the bytes are not text. */
    private static boolean binary(String s) {
        int n = Math.min(s.length(), 65536);
        if (n == 0) return false;
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) control++;
            else if (c == 0x7F) control++;
        }
        return control * 100 > n;
    }
}
