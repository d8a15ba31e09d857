package cn.zwgk.audit.render.font;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A TrueType file as its tables by tag, read and written (the sfnt container, not what the tables mean). */
final class TrueTypeTables {

    private TrueTypeTables() {}

    /** The tables of a TrueType file by tag, in file order. */
    static Map<String, byte[]> read(byte[] ttf) {
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

    /** Where the table {@code tag} starts in a TrueType file; throws if it has none. */
    static int offset(byte[] ttf, String tag) {
        ByteBuffer b = ByteBuffer.wrap(ttf);
        int count = b.getShort(4) & 0xFFFF;
        byte[] wanted = tag.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < count; i++) {
            int rec = 12 + 16 * i;
            if (Arrays.equals(ttf, rec, rec + 4, wanted, 0, 4)) return b.getInt(rec + 8);
        }
        throw new IllegalArgumentException("no " + tag + " table");
    }

    /**
     * A TrueType file of these tables: directory sorted by tag, tables 4-byte aligned, checksums recomputed. The
     * {@code head} table's checkSumAdjustment is written into the given array.
     */
    static byte[] write(Map<String, byte[]> tables) {
        return write(tables, Map.of());
    }

    /** {@link #write(Map)} with some tables' checksums already known (summed as they were built). */
    static byte[] write(Map<String, byte[]> tables, Map<String, Integer> knownSums) {
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
        // the whole file's checksum is the sum of its aligned parts': the directory's and each table's
        int fileSum = 0;
        for (String tag : tags) {
            byte[] t = tables.get(tag);
            if (tag.equals("head")) {
                ByteBuffer.wrap(t).putInt(8, 0); // checkSumAdjustment, set below
                headOffset = offset;
            }
            Integer known = knownSums.get(tag);
            int sum = known != null ? known : checksum(t, 0, t.length);
            fileSum += sum;
            out.put(tag.getBytes(StandardCharsets.ISO_8859_1)).putInt(sum).putInt(offset).putInt(t.length);
            out.put(offset, t);
            offset += (t.length + 3) & ~3;
        }
        byte[] bytes = out.array();
        fileSum += checksum(bytes, 0, 12 + 16 * n);
        if (headOffset >= 0) ByteBuffer.wrap(bytes).putInt(headOffset + 8, 0xB1B0AFBA - fileSum);
        return bytes;
    }

    /** The sum of {@code length} bytes from {@code from} as big-endian 32-bit words, the last padded with zeros. */
    static int checksum(byte[] data, int from, int length) {
        ByteBuffer b = ByteBuffer.wrap(data);
        int whole = length & ~3;
        int sum = 0;
        for (int i = 0; i < whole; i += 4) sum += b.getInt(from + i);
        int tail = 0;
        for (int k = 0; k < 4; k++) tail = (tail << 8) | (whole + k < length ? data[from + whole + k] & 0xFF : 0);
        return sum + tail;
    }
}
