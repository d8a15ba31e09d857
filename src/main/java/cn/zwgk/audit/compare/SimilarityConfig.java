package cn.zwgk.audit.compare;

import cn.zwgk.audit.config.ConfigException;
import cn.zwgk.audit.config.ConfigProblem;
import cn.zwgk.audit.config.YamlFiles;
import cn.zwgk.audit.model.CopyThresholds;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * rules/similarity.yaml: how texts are compared (n-gram length, signature size) and the office's thresholds.
 *
 * @param ngram     characters per n-gram
 * @param signature MinHash positions per text, for comparing a batch
 */
public record SimilarityConfig(int ngram, int signature, Previous previous, Peer peer, int minChars,
                               int tablesMinNonZero) {

    public static final String FILE = "similarity.yaml";

    public record Previous(double section5, double whole) {}

    public record Peer(double whole, double section5) {}

    /** The file of {@code rulesDir}, or null when the folder has none (then no text is compared). */
    public static SimilarityConfig load(Path rulesDir) throws ConfigException {
        Path file = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return null;
        SimilarityConfig c = YamlFiles.read(file, SimilarityConfig.class);
        String bad = c.problem();
        if (bad != null) throw new ConfigException(new ConfigProblem(file.toString(), 0, bad));
        return c;
    }

    private String problem() {
        if (ngram < 2 || ngram > 20) return "ngram 应为 2 至 20 之间的整数";
        if (signature < 16 || signature > 1024) return "signature 应为 16 至 1024 之间的整数";
        if (previous == null || peer == null) return "缺少 previous 或 peer 阈值";
        for (double t : new double[] {previous.section5, previous.whole, peer.whole, peer.section5}) {
            if (!(t > 0 && t <= 1)) return "相似度阈值应在 0 与 1 之间（不含 0）";
        }
        if (minChars < 0 || tablesMinNonZero < 0) return "minChars、tablesMinNonZero 不能为负数";
        return null;
    }

    public CopyThresholds thresholds() {
        return new CopyThresholds(previous.section5, previous.whole, peer.whole, peer.section5, minChars,
                tablesMinNonZero);
    }

    /** The lowest similarity at which two reports of a batch need a closer look. */
    double peerFloor() {
        return Math.min(peer.whole, peer.section5);
    }
}
