package cn.zwgk.audit.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Varied reports for the benchmark, made from real seed reports: each copy gets its own agency name, and a share of
 * them get a changed table number, a cut-off end, or are made unreadable, so the batch exercises every path.
 */
public final class SyntheticReports {

    private static final Pattern TITLE_AGENCY = Pattern.compile("^\\s*(\\S+?)\\s*(20\\d\\d)\\s*年");
    private static final Pattern NUMBER = Pattern.compile("(?<=\\|\\s?)\\d+(?=\\s?\\|)");

    private SyntheticReports() {}

    /** Writes {@code count} files into {@code dir}, deterministic for a given seed folder. */
    public static List<Path> generate(Path seedDir, int count, Path dir) throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(seedDir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                seeds.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (seeds.isEmpty()) throw new IOException("样本目录中没有报告：" + seedDir);
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Random rnd = new Random(i);
            String text = vary(seeds.get(i % seeds.size()), i, rnd);
            Path f = dir.resolve(String.format("%05d.txt", i));
            if (i % 97 == 96) {
                byte[] junk = new byte[2048];
                rnd.nextBytes(junk);
                Files.write(f, junk);
            } else {
                Files.writeString(f, text, StandardCharsets.UTF_8);
            }
            files.add(f);
        }
        return files;
    }

    static String vary(String seed, int i, Random rnd) {
        String text = seed;
        String first = text.lines().findFirst().orElse("");
        Matcher m = TITLE_AGENCY.matcher(first);
        if (m.find() && m.group(1).length() >= 4) {
            text = text.replace(m.group(1), m.group(1) + "第" + (i + 1) + "分局");
        }
        if (rnd.nextInt(10) < 3) text = changeOneNumber(text, rnd);
        if (rnd.nextInt(10) == 0) {
            List<String> lines = text.lines().toList();
            int cut = lines.size() / 2 + rnd.nextInt(Math.max(1, lines.size() / 2));
            text = String.join("\n", lines.subList(0, cut));
        }
        return text;
    }

    private static String changeOneNumber(String text, Random rnd) {
        Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[]{m.start(), m.end()});
        if (spans.isEmpty()) return text;
        int[] s = spans.get(rnd.nextInt(spans.size()));
        long v = Long.parseLong(text.substring(s[0], s[1])) + 1 + rnd.nextInt(3);
        return text.substring(0, s[0]) + v + text.substring(s[1]);
    }
}
