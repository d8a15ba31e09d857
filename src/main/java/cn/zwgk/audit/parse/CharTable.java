package cn.zwgk.audit.parse;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character map of {@link TextNormalizer}: per BMP character its replacement for matching, or null. It is made
 * from ICU (NFKC, Traditional-Simplified) and {@code read.Ideographs} at build time and read from the class path at
 * run time: ICU's transliterator takes over a second of CPU to create, reading the table a few milliseconds. When
 * the resource is missing (a build that skipped the step) the table is made from ICU as before.
 */
final class CharTable {

    static final String RESOURCE = "chartable.bin";
    private static final int MAGIC = 0x7A4E_4331;   // "zNC1"

    private CharTable() {}

    /** The table: from the build's resource, else made now. */
    static String[] load() {
        try (InputStream in = CharTable.class.getResourceAsStream(RESOURCE)) {
            if (in != null) return read(in);
        } catch (IOException | RuntimeException e) {
            // a damaged resource: make the table instead
        }
        return build();
    }

    /** Made from ICU; the dashes, wide tilde and spaces that NFKC keeps are folded by hand. */
    static String[] build() {
        String[] map = new String[0x10000];
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) continue;
            String s = String.valueOf(ch);
            int unified = cn.zwgk.audit.read.Ideographs.unified(c);
            String n = c < 0x80 ? s : nfkc.normalize(Character.toString(unified));
            if (TextNormalizer.isHan(ch) || unified != c) {
                String t = t2s.transliterate(n);
                if (t.length() == 1) n = t;
            }
            if (!n.equals(s)) map[c] = n;
        }
        for (char d : "—–―−‐‑﹣－─━".toCharArray()) map[d] = "-";
        map['～'] = "~";
        map['\u3000'] = " ";
        map['\u00A0'] = " ";
        map['\t'] = " ";
        map['｜'] = "|";
        map['﹐'] = ",";
        return map;
    }

    static void write(String[] map, OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
        int n = 0;
        for (String s : map) if (s != null) n++;
        out.writeInt(MAGIC);
        out.writeInt(n);
        for (int c = 0; c < map.length; c++) {
            if (map[c] == null) continue;
            out.writeChar(c);
            out.writeUTF(map[c]);
        }
        out.flush();
    }

    static String[] read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC) throw new IOException("not a character table");
        String[] map = new String[0x10000];
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            char c = in.readChar();
            map[c] = in.readUTF();
        }
        return map;
    }

    /** Build step (Maven, process-classes): {@code CharTable OUT}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(build(), o);
        }
    }
}
