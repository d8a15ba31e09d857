package cn.zwgk.audit.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Output base names for a batch: one per input, derived from its path relative to the inputs' common folder, safe as a
 * single file name on any system (no separators, no "..", no control or reserved characters, at most
 * {@value #MAX_BYTES} UTF-8 bytes) and unique even on case-insensitive file systems. {@code summary} is reserved.
 */
public final class OutputNames {

    static final int MAX_BYTES = 150;
    private static final Set<String> RESERVED = Set.of("summary", "findings", "runs", "office", "agencies",
            "accepted", "history", "通报", "con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private OutputNames() {}

    /** Names for the files in the order given; the same input list always gets the same names. */
    public static Map<Path, String> assign(List<Path> files) {
        return assign(files, f -> java.util.Optional.empty());
    }

    /**
     * As {@link #assign(List)}, but a file with a preferred name (e.g. its agency in the office's roster) is named by
     * it, made safe and unique the same way.
     */
    public static Map<Path, String> assign(List<Path> files,
                                           java.util.function.Function<Path, java.util.Optional<String>> preferred) {
        Path root = commonFolder(files);
        Map<Path, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            String relative = root == null ? abs.getFileName().toString() : root.relativize(abs).toString();
            String base = sanitise(preferred.apply(f).orElse(stripExtension(relative)));
            String name = base;
            for (int n = 2; RESERVED.contains(name.toLowerCase(Locale.ROOT))
                    || !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = truncate(base, MAX_BYTES - 6) + "-" + n;
            }
            names.put(f, name);
        }
        return names;
    }

    static String sanitise(String relative) {
        StringBuilder sb = new StringBuilder();
        relative.codePoints().forEach(cp -> {
            if (cp == '/' || cp == '\\') sb.append("__");
            else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || "<>:\"|?*".indexOf(cp) >= 0
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                    || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.PRIVATE_USE) {
                sb.append('_');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String s = sb.toString().replace("..", "_").strip();
        while (s.startsWith(".") || s.startsWith("-")) s = s.substring(1);
        while (s.endsWith(".") || s.endsWith(" ")) s = s.substring(0, s.length() - 1);
        s = truncate(s, MAX_BYTES);
        return s.isEmpty() ? "report" : s;
    }

    private static String stripExtension(String relative) {
        int slash = Math.max(relative.lastIndexOf('/'), relative.lastIndexOf('\\'));
        int dot = relative.lastIndexOf('.');
        return dot > slash + 1 ? relative.substring(0, dot) : relative;
    }

    /** Cuts at a code point boundary so that the UTF-8 form is at most {@code maxBytes}. */
    static String truncate(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + len > maxBytes) break;
            bytes += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    private static Path commonFolder(List<Path> files) {
        Path common = null;
        for (Path f : files) {
            Path parent = f.toAbsolutePath().normalize().getParent();
            if (parent == null) return null;
            if (common == null) {
                common = parent;
            } else {
                while (common != null && !parent.startsWith(common)) common = common.getParent();
                if (common == null) return null;
            }
        }
        return common;
    }

    /** Names in input order (for tests). */
    static List<String> list(List<Path> files) {
        return new ArrayList<>(assign(files).values());
    }
}
