package cn.zwgk.audit.compare;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.model.TextSimilarity;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.pipeline.Auditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped thresholds (rules/similarity.yaml) on real report pairs: no pair of different agencies' real reports
 * reaches them (no false copying finding), while a report that keeps nine tenths of its sentences does.
 */
class RealPairsTest {

    static SimilarityConfig config;
    static List<Report> full = new ArrayList<>();
    static List<Report> openings = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        config = SimilarityConfig.load(Fixtures.RULES);
        ReportParser parser = ReportParser.fromRules(Fixtures.RULES);
        for (Path p : RealPairs.fullReports()) full.add(Auditor.parse(parser, p));
        for (Path p : RealPairs.openings()) openings.add(Auditor.parse(parser, p));
        assertEquals(8, full.size());
        assertEquals(113, openings.size());
    }

    /** The highest similarity of any two different agencies' texts, with at least minChars to compare. */
    private static double highest(List<Narrative> texts, List<Report> reports, String scope) {
        double max = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (RealPairs.sameAgency(reports.get(i).file(), reports.get(j).file())) continue;
                TextSimilarity s = texts.get(i).compare(scope, texts.get(j), TextSimilarity.PEER, false);
                if (s != null && s.chars() >= config.minChars()) max = Math.max(max, s.similarity());
            }
        }
        return max;
    }

    @Test
    void differentAgenciesWholeReportsStayFarBelowTheThresholds() {
        List<Narrative> texts = full.stream().map(r -> Narrative.of(r, config.ngram())).toList();
        double whole = highest(texts, full, TextSimilarity.WHOLE);
        double five = highest(texts, full, TextSimilarity.SECTION_5);
        assertTrue(whole < 0.1 && whole < config.peer().whole() / 4, "whole " + whole);
        assertTrue(five < 0.1 && five < config.peer().section5() / 4, "section 五 " + five);
    }

    @Test
    void differentAgenciesOpeningsStayBelowTheThresholds() {
        // 113 openings of real reports and the whole reports cut to an opening: 7,020 pairs of different agencies
        List<Report> all = new ArrayList<>(openings);
        all.addAll(full);
        List<Narrative> texts = new ArrayList<>(openings.stream().map(r -> Narrative.of(r, config.ngram())).toList());
        for (Report r : full) texts.add(RealPairs.opening(Narrative.of(r, config.ngram()), config.ngram()));
        double max = highest(texts, all, TextSimilarity.WHOLE);
        assertTrue(max < config.peer().whole() && max < config.previous().whole(), "highest " + max);
        assertTrue(max > 0.2, "the openings' shared boilerplate shows (" + max + "): the measure is not blind");
    }

    @Test
    void theSameAgencysConsecutiveYearsAreNotCalledCopied() {
        Narrative y2021 = Narrative.of(full.get(6), config.ngram());
        Narrative y2022 = Narrative.of(full.get(7), config.ngram());
        assertTrue(full.get(7).file().endsWith("pingtan_2022.html"));
        double whole = y2022.compare(TextSimilarity.WHOLE, y2021, TextSimilarity.PREVIOUS, true).similarity();
        double five = y2022.compare(TextSimilarity.SECTION_5, y2021, TextSimilarity.PREVIOUS, true).similarity();
        assertTrue(whole < config.previous().whole() && five < config.previous().section5(), whole + " / " + five);
    }

    @Test
    void aReportKeepingNineTenthsOfItsSentencesReachesTheThresholds() {
        for (int i = 0; i < full.size(); i++) {
            Narrative orig = Narrative.of(full.get(i), config.ngram());
            List<String> mine = Passages.sentences(orig.whole());
            List<String> other = Passages.sentences(Narrative.of(full.get((i + 1) % full.size()), config.ngram()).whole());
            StringBuilder b = new StringBuilder();
            Random r = new Random(i);
            for (int k = 0; k < mine.size(); k++) b.append(r.nextDouble() < 0.1 ? other.get(k % other.size()) : mine.get(k)).append('。');
            double j = orig.wholeGrams().jaccard(Narrative.of(b.toString(), "", config.ngram()).wholeGrams());
            assertTrue(j >= config.previous().whole() && j >= config.peer().whole(), full.get(i).file() + ": " + j);
        }
    }

    @Test
    void bucketsFindTheCopiesOfABatchWithoutComparingAllPairs() {
        MinHash minHash = new MinHash(config.signature());
        List<PeerIndex.Print> prints = new ArrayList<>();
        List<Report> all = new ArrayList<>(openings);
        all.addAll(full);
        for (int i = 0; i < all.size(); i++) {
            Narrative n = Narrative.of(all.get(i), config.ngram());
            int[] sig = n.wholeGrams().chars() >= config.minChars() ? minHash.signature(n.wholeGrams()) : null;
            prints.add(new PeerIndex.Print(i, null, sig, null));
        }
        // one more: seed 004 with its agency and a tenth of its sentences changed
        Narrative kunming = Narrative.of(full.get(4), config.ngram());
        String copy = kunming.whole().replace("昆明市政务服务管理局", "某某局").replaceFirst("。[^。]*。", "。本年度新增一句完全不同的话。");
        prints.add(new PeerIndex.Print(all.size(), null, minHash.signature(Narrative.of(copy, "", config.ngram()).wholeGrams()), null));
        Map<Integer, List<PeerIndex.Link>> links = PeerIndex.links(prints, config.peerFloor(), config.peerFloor() - 0.11, config.signature());
        assertEquals(List.of(openings.size() + 4), links.get(all.size()).stream().map(PeerIndex.Link::other).toList());
        assertEquals(2, links.size(), "only the copy and its original are linked: " + links.keySet());
    }
}
