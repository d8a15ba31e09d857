package cn.zwgk.audit.parse;

import cn.zwgk.audit.Fixtures;
import cn.zwgk.audit.read.Documents;
import cn.zwgk.audit.read.SourceDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Warm parse time per corpus file (not a test: timing belongs in a benchmark). Run from the project directory:
 * {@code java -cp target/classes:target/test-classes:target/lib/* cn.zwgk.audit.parse.ParseBenchmark}.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        ReportParser parser = ReportParser.fromRules(Path.of("rules"));
        System.out.printf("parser ready in %.0f ms (rules + character table)%n", (System.nanoTime() - t0) / 1e6);
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Fixtures.SEEDS, Fixtures.REAL_OPENINGS)) {
            try (var s = Files.list(dir)) {
                s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        List<SourceDocument> docs = new ArrayList<>();
        for (Path f : files) docs.add(Documents.read(f));
        for (int i = 0; i < 2000; i++) for (SourceDocument d : docs) parser.parse(d);   // warm-up
        // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf("%-45s %5s %10s %10s%n", "file", "lines", "wall ms", "cpu ms");
        for (SourceDocument d : docs) {
            int n = 500;
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) parser.parse(d);
            double ms = (System.nanoTime() - start) / 1e6 / n;
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
            System.out.printf("%-45s %5d %10.3f %10.3f%n", d.file(), d.lines().size(), ms, cpuMs);
        }
    }
}
