package cn.zwgk.audit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the JVM's own threads by what they do — the JIT compilers and the garbage collector — read from
 * {@code /proc/self/task} (the JVM does not report its native threads' CPU). For {@code audit bench}: what a batch
 * costs besides the audit itself. Linux only; elsewhere every figure is 0. Clock ticks (10 ms): fine over seconds.
 */
final class ThreadCpu {

    /** The groups, by the start of the threads' names as HotSpot sets them (15 characters at most). */
    private static final Map<String, String[]> GROUPS = Map.of(
            "jit", new String[]{"C1 CompilerThre", "C2 CompilerThre"},
            // the Serial collector collects in the VM thread; G1 and Parallel in their own
            "gc", new String[]{"GC Thread", "G1 ", "VM Thread", "GC "});

    private static final double TICK = 0.01;

    private ThreadCpu() {}

    /** Seconds of CPU so far per group ("jit", "gc"), of the threads still alive. */
    static Map<String, Double> now() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String g : GROUPS.keySet()) out.put(g, 0.0);
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK; // utime, stime
                for (var g : GROUPS.entrySet()) {
                    for (String prefix : g.getValue()) {
                        if (name.startsWith(prefix)) {
                            out.merge(g.getKey(), seconds, Double::sum);
                            break;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no split
        }
        return out;
    }

    /** {@code after} minus {@code before}, group by group. */
    static Map<String, Double> since(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> out = new LinkedHashMap<>();
        after.forEach((k, v) -> out.put(k, v - before.getOrDefault(k, 0.0)));
        return out;
    }
}
