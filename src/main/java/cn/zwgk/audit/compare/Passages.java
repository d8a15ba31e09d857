package cn.zwgk.audit.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The sentences of one text that another text has word for word (numbers aside), to quote as evidence of copying. */
final class Passages {

    /** Sentences shorter than this (folded) are formulas every report writes ("无。", "详见下表"): never quoted. */
    static final int MIN_CHARS = 12;
    private static final int QUOTED = 3;
    private static final int QUOTE_CHARS = 80;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * @param count  sentences of this text found in the other
     * @param quoted the longest of them as printed, each in “”, joined by "；"
     */
    record Repeated(int count, String quoted) {}

    /** A sentence worth comparing (its folded form at least {@link #MIN_CHARS} long), as printed and folded. */
    record Sentence(String raw, String folded) {}

    private Passages() {}

    /** The sentences of a text worth comparing, in order, each folded once. */
    static List<Sentence> of(String raw) {
        List<Sentence> out = new ArrayList<>();
        for (String s : sentences(raw)) {
            String f = CopyText.of(s);
            if (f.length() >= MIN_CHARS) out.add(new Sentence(s, f));
        }
        return out;
    }

    /** The folded sentences of a text worth comparing. */
    static Set<String> folded(List<Sentence> sentences) {
        Set<String> set = new HashSet<>();
        for (Sentence s : sentences) set.add(s.folded());
        return set;
    }

    static Repeated repeated(List<Sentence> sentences, Set<String> other) {
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : sentences) {
            if (other.contains(s.folded()) && seen.add(s.folded())) found.add(s.raw().strip());
        }
        List<String> longest = found.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .limit(QUOTED).toList();
        // quote them in the order they are written
        List<String> quoted = found.stream().filter(longest::contains).map(Passages::quote).toList();
        return new Repeated(found.size(), String.join("；", quoted));
    }

    private static String quote(String s) {
        String one = SPACES.matcher(s).replaceAll(" ");
        if (one.codePointCount(0, one.length()) > QUOTE_CHARS) {
            one = one.substring(0, one.offsetByCodePoints(0, QUOTE_CHARS)) + "……";
        }
        return "“" + one + "”";
    }

    /** Splits at 。；！？ and line ends (full- and half-width). */
    static List<String> sentences(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || "。；！？;!?\n".indexOf(raw.charAt(i)) >= 0) {
                if (i > start && !raw.substring(start, i).isBlank()) out.add(raw.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }
}
