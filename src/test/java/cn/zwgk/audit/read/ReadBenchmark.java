package cn.zwgk.audit.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading time per input format over the five seeds' renderings (not a test: run it by hand).
 * <pre>mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) cn.zwgk.audit.read.ReadBenchmark</pre>
 */
public final class ReadBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Map<String, List<byte[]>> inputs = new LinkedHashMap<>();
        for (Path p : SeedText.seeds()) {
            SeedText seed = SeedText.of(p);
            String text = Files.readString(p, StandardCharsets.UTF_8);
            inputs.computeIfAbsent("text UTF-8", k -> new ArrayList<>()).add(text.getBytes(StandardCharsets.UTF_8));
            inputs.computeIfAbsent("text GBK", k -> new ArrayList<>()).add(text.getBytes(Charset.forName("GBK")));
            inputs.computeIfAbsent("text UTF-16LE", k -> new ArrayList<>()).add(text.getBytes(StandardCharsets.UTF_16LE));
            inputs.computeIfAbsent("html", k -> new ArrayList<>()).add(Renderings.html(seed).getBytes(StandardCharsets.UTF_8));
            inputs.computeIfAbsent("docx", k -> new ArrayList<>()).add(DocxRendering.docx(seed));
            inputs.computeIfAbsent("pdf", k -> new ArrayList<>()).add(PdfRendering.pdf(seed));
        }
        System.out.printf("%-14s %10s %12s %12s%n", "format", "avg KB", "first ms", "warm ms");
        for (var e : inputs.entrySet()) {
            List<byte[]> files = e.getValue();
            long t0 = System.nanoTime();
            for (byte[] b : files) Documents.read("x", b);
            double first = (System.nanoTime() - t0) / 1e6 / files.size();
            for (int i = 0; i < rounds; i++) for (byte[] b : files) Documents.read("x", b); // warm up
            long t1 = System.nanoTime();
            for (int i = 0; i < rounds; i++) for (byte[] b : files) Documents.read("x", b);
            double warm = (System.nanoTime() - t1) / 1e6 / (rounds * files.size());
            double kb = files.stream().mapToInt(b -> b.length).average().orElse(0) / 1024;
            System.out.printf("%-14s %10.1f %12.2f %12.2f%n", e.getKey(), kb, first, warm);
        }
    }
}
