package cn.zwgk.audit.compare;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.model.Report;
import cn.zwgk.audit.parse.ReportParser;
import cn.zwgk.audit.pipeline.Auditor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How the batch comparison scales (run by hand:
 * {@code java -cp target/classes:target/test-classes:target/lib/* cn.zwgk.audit.compare.PeerBenchmark 20000}).
 * Reports are made of the real reports' sentences, each drawn from a random real report, so they share the real
 * boilerplate without being copies; every 500th is a copy of an earlier one with a tenth of its sentences changed.
 */
public final class PeerBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        SimilarityConfig config = SimilarityConfig.load(Fixtures.RULES);
        ReportParser parser = ReportParser.fromRules(Fixtures.RULES);
        List<List<String>> pools = new ArrayList<>();
        List<Path> all = new ArrayList<>(RealPairs.fullReports());
        all.addAll(RealPairs.openings());
        for (Path p : all) {
            Report r = Auditor.parse(parser, p);
            List<String> s = Passages.sentences(Narrative.of(r, config.ngram()).whole());
            if (!s.isEmpty()) pools.add(s);
        }
        Random rnd = new Random(13);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            if (i % 500 == 499) {
                for (String s : Passages.sentences(texts.get(i - 250))) {
                    b.append(rnd.nextDouble() < 0.1 ? pools.get(rnd.nextInt(pools.size())).get(0) : s).append('。');
                }
            } else {
                int len = 20 + rnd.nextInt(40);
                for (int k = 0; k < len; k++) {
                    List<String> pool = pools.get(rnd.nextInt(pools.size()));
                    b.append(pool.get(rnd.nextInt(pool.size()))).append('。');
                }
            }
            texts.add(b.toString());
        }
        MinHash minHash = new MinHash(config.signature());
        long t0 = System.nanoTime();
        List<PeerIndex.Print> prints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Shingles s = Narrative.of(texts.get(i), "", config.ngram()).wholeGrams();
            prints.add(new PeerIndex.Print(i, null, minHash.signature(s), null));
        }
        long t1 = System.nanoTime();
        double floor = Math.max(0.05, config.peerFloor() - 2.5 * 0.5 / Math.sqrt(config.signature()));
        Map<Integer, List<PeerIndex.Link>> links = PeerIndex.links(prints, config.peerFloor(), floor, config.signature());
        long t2 = System.nanoTime();
        long copies = n / 500;
        long found = 0;
        for (int i = 499; i < n; i += 500) {
            int original = i - 250;
            if (links.getOrDefault(i, List.of()).stream().anyMatch(l -> l.other() == original)) found++;
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%,d reports: signatures %.1f s (%.2f ms each), buckets and candidates %.1f s; "
                        + "%d reports linked; %d of %d planted copies found; heap used %d MB%n", n,
                (t1 - t0) / 1e9, (t1 - t0) / 1e6 / n, (t2 - t1) / 1e9, links.size(), found, copies,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
