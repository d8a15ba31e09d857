package cn.zwgk.audit.compare;

import cn.zwgk.audit.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real reports whose pairs measure the similarity thresholds. */
final class RealPairs {

    private RealPairs() {}

    /** Whole reports: the five seeds, the real PDF and the two years of the real web pages. */
    static List<Path> fullReports() {
        List<Path> all = new ArrayList<>(list(Fixtures.SEEDS));
        all.addAll(list(Fixtures.REAL_PDF));
        all.addAll(list(Fixtures.REAL_HTML));
        return all;
    }

    /** The 113 real openings (first ~2,000 bytes of a report each), all of different agencies. */
    static List<Path> openings() {
        List<Path> all = new ArrayList<>(list(Fixtures.REAL_OPENINGS));
        all.addAll(list(Fixtures.REAL_OPENINGS_2));
        return all;
    }

    /** The only same-agency pair of the corpus: the two years of pingtan. */
    static boolean sameAgency(String a, String b) {
        return a.contains("pingtan_") && b.contains("pingtan_");
    }

    /** Characters of narrative an opening holds at most (2,000 bytes of UTF-8, less its title and preamble). */
    static final int OPENING_CHARS = 550;

    /** A whole report's narrative cut to what an opening holds, to compare it with the openings on equal terms. */
    static Narrative opening(Narrative whole, int ngram) {
        String w = whole.whole();
        return Narrative.of(w.substring(0, Math.min(w.length(), OPENING_CHARS)), "", ngram);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().matches(".*\\.(txt|html|pdf)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
