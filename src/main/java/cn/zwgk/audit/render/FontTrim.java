package cn.zwgk.audit.render;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Build step (run by Maven in process-classes): writes the main PDF font, Noto Sans SC trimmed to the characters of
 * GB 2312 plus Latin, punctuation and symbols — 7.7k glyphs instead of 31k. OpenPDF re-subsets the embedded font at
 * every document close, at a cost that grows with the font's glyph count: ~9 ms a report with the full font, ~1 ms
 * with this one. The full font stays on the classpath as the per-character fallback ({@link PdfFonts}), so a rare
 * character in an agency's name is still drawn.
 */
public final class FontTrim {

    private FontTrim() {}

    /** {@code FontTrim FULL.ttf TRIMMED.ttf}; does nothing when TRIMMED is newer than FULL. */
    public static void main(String[] args) throws IOException {
        Path full = Path.of(args[0]);
        Path trimmed = Path.of(args[1]);
        if (Files.exists(trimmed) && Files.getLastModifiedTime(trimmed).compareTo(Files.getLastModifiedTime(full)) > 0) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(full.toFile()))) {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(characters());
            subsetter.writeToStream(out);
        }
        // fontbox writes a short OS/2 table without the cap height (PDF viewers and text extraction use it);
        // the original's table describes the same design and names no glyph ids, so it goes in whole
        Map<String, byte[]> tables = tables(out.toByteArray());
        tables.put("OS/2", tables(Files.readAllBytes(full)).get("OS/2"));
        Path tmp = trimmed.resolveSibling(trimmed.getFileName() + ".tmp");
        Files.write(tmp, font(tables));
        Files.move(tmp, trimmed, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The tables of a TrueType file by tag, in file order. */
    static Map<String, byte[]> tables(byte[] ttf) {
        ByteBuffer b = ByteBuffer.wrap(ttf);
        int count = b.getShort(4) & 0xFFFF;
        Map<String, byte[]> tables = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int rec = 12 + 16 * i;
            String tag = new String(ttf, rec, 4, StandardCharsets.ISO_8859_1);
            int offset = b.getInt(rec + 8);
            int length = b.getInt(rec + 12);
            tables.put(tag, Arrays.copyOfRange(ttf, offset, offset + length));
        }
        return tables;
    }

    /** A TrueType file of these tables: directory sorted by tag, tables 4-byte aligned, checksums recomputed. */
    static byte[] font(Map<String, byte[]> tables) {
        List<String> tags = new ArrayList<>(tables.keySet());
        Collections.sort(tags);
        int n = tags.size();
        int size = 12 + 16 * n;
        for (byte[] t : tables.values()) size += (t.length + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(size);
        int log2 = 31 - Integer.numberOfLeadingZeros(n);
        out.putInt(0x00010000).putShort((short) n).putShort((short) (16 << log2)).putShort((short) log2)
                .putShort((short) (16 * n - (16 << log2)));
        int offset = 12 + 16 * n;
        int headOffset = -1;
        for (String tag : tags) {
            byte[] t = tables.get(tag);
            if (tag.equals("head")) {
                ByteBuffer.wrap(t).putInt(8, 0); // checkSumAdjustment, set below
                headOffset = offset;
            }
            out.put(tag.getBytes(StandardCharsets.ISO_8859_1)).putInt(checksum(t)).putInt(offset).putInt(t.length);
            out.put(offset, t);
            offset += (t.length + 3) & ~3;
        }
        byte[] bytes = out.array();
        if (headOffset >= 0) ByteBuffer.wrap(bytes).putInt(headOffset + 8, 0xB1B0AFBA - checksum(bytes));
        return bytes;
    }

    private static int checksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            int v = 0;
            for (int k = 0; k < 4; k++) v = (v << 8) | (i + k < data.length ? data[i + k] & 0xFF : 0);
            sum += v;
        }
        return sum;
    }

    /** GB 2312 (every character Java's GB2312 encoder takes) plus Latin-1, general punctuation and CJK symbols. */
    static Set<Integer> characters() {
        Set<Integer> chars = new TreeSet<>();
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        for (int c = 0x20; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) continue;
            boolean basic = c <= 0x24F || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F)
                    || (c >= 0xFF00 && c <= 0xFFEF);
            if (basic || gb2312.canEncode((char) c)) chars.add(c);
        }
        return chars;
    }
}
