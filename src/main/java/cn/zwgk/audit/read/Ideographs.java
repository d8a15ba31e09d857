package cn.zwgk.audit.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Ideographs as a reader sees them. PDF text layers made with Noto/Source Han fonts often map a character to the
 * radical that shares its glyph ({@code ⼀} U+2F00 for 一, {@code ⺠} U+2EA0 for 民), and some editors store CJK
 * compatibility ideographs ({@code 豈} U+F900): on the page they are the ordinary character, so they are read as it,
 * for matching and for quoting back alike. The radicals and strokes come from Unicode's
 * {@code EquivalentUnifiedIdeograph.txt} (a resource beside this class); compatibility ideographs from their canonical
 * decomposition.
 */
public final class Ideographs {

    private static final Map<Integer, Integer> EQUIVALENT = load();

    private Ideographs() {}

    /** The text with every radical, stroke and compatibility ideograph replaced by its unified ideograph. */
    public static String fold(String text) {
        int i = 0, n = text.length();
        while (i < n && !candidate(text.charAt(i))) i++;
        if (i == n) return text;
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            int cp = text.codePointAt(i);
            out.appendCodePoint(unified(cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The unified ideograph a code point stands for, or the code point itself. */
    public static int unified(int cp) {
        Integer u = EQUIVALENT.get(cp);
        if (u != null) return u;
        if (cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F) {
            String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFC);
            if (d.codePointCount(0, d.length()) == 1) return d.codePointAt(0);
        }
        return cp;
    }

    /** radicals (2E80–2FDF), strokes (31C0–31EF), compatibility ideographs (F900–FAFF, and 2F800… as surrogates) */
    private static boolean candidate(char c) {
        return c >= 0x2E80 && c <= 0x2FDF || c >= 0x31C0 && c <= 0x31EF || c >= 0xF900 && c <= 0xFAFF
                || c == 0xD87E;
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> map = new HashMap<>();
        try (InputStream in = Ideographs.class.getResourceAsStream("EquivalentUnifiedIdeograph.txt")) {
            if (in == null) throw new IllegalStateException("EquivalentUnifiedIdeograph.txt is not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (data.isEmpty()) continue;
                String[] f = data.split(";");
                int to = Integer.parseInt(f[1].strip(), 16);
                String[] range = f[0].strip().split("\\.\\.");
                int from = Integer.parseInt(range[0], 16);
                int last = range.length > 1 ? Integer.parseInt(range[1], 16) : from;
                for (int cp = from; cp <= last; cp++) map.put(cp, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
