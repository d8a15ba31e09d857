package cn.zwgk.audit.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Text as a PDF text layer gives it when the font maps ideographs to the radicals that share their glyphs (Noto and
 * Source Han fonts: 一 → ⼀ U+2F00, 民 → ⺠ U+2EA0): every ideograph that has a Kangxi or supplement radical is written
 * as that radical.
 */
final class Radicals {

    private static final Map<Integer, Integer> RADICAL_OF = load();

    private Radicals() {}

    static String radicalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(RADICAL_OF.getOrDefault(cp, cp)));
        return out.toString();
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> map = new HashMap<>();
        try (InputStream in = Ideographs.class.getResourceAsStream("EquivalentUnifiedIdeograph.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String data = line.replaceAll("#.*", "").strip();
                if (data.isEmpty() || data.contains("..")) continue;
                String[] f = data.split(";");
                int radical = Integer.parseInt(f[0].strip(), 16);
                if (radical >= 0x2E80 && radical <= 0x2FDF) map.putIfAbsent(Integer.parseInt(f[1].strip(), 16), radical);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
