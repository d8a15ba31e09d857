package cn.zwgk.audit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the JVM's own threads by what they do — the JIT compilers and the garbage collector — over a stretch of
 * {@code audit bench}, read from {@code /proc/self/task} (the JVM reports neither its native threads' CPU nor, for
 * the JIT, more than the compiles' elapsed time, which a busy machine inflates). The JVM starts and ends compiler
 * and collector threads as the work comes and goes, and an ended thread's CPU leaves {@code /proc} with it: so the
 * threads are read every quarter second and each one's last reading counts. Linux only; elsewhere every figure is 0.
 */
final class ThreadCpu implements AutoCloseable {

    /** The groups, by the start of the threads' names as HotSpot sets them (15 characters at most). */
    private static final Map<String, String[]> GROUPS = Map.of(
            "jit", new String[]{"C1 CompilerThre", "C2 CompilerThre"},
            // the serial collector collects in the VM thread; G1 and Parallel in threads of their own
            "gc", new String[]{"GC Thread", "G1 ", "VM Thread"});
    private static final double TICK = 0.01; // clock ticks: fine over seconds
    private static final long EVERY_MILLIS = 250;

    private record Reading(String group, long ticks) {}

    private final Map<String, Reading> first;
    private final Map<String, Reading> last = new HashMap<>();
    private final Thread sampler;
    private volatile boolean stop;

    private ThreadCpu() {
        first = read();
        last.putAll(first);
        sampler = new Thread(() -> {
            while (!stop) {
                try {
                    Thread.sleep(EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                sample();
            }
        }, "thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts counting. */
    static ThreadCpu start() {
        return new ThreadCpu();
    }

    private synchronized void sample() {
        last.putAll(read());
    }

    /** Seconds of CPU per group ("jit", "gc") since {@link #start}. */
    synchronized Map<String, Double> seconds() {
        sample();
        Map<String, Double> out = new LinkedHashMap<>();
        for (String g : GROUPS.keySet()) out.put(g, 0.0);
        last.forEach((tid, r) -> {
            Reading before = first.get(tid);
            out.merge(r.group(), (r.ticks() - (before == null ? 0 : before.ticks())) * TICK, Double::sum);
        });
        return out;
    }

    @Override
    public void close() {
        stop = true;
        sampler.interrupt();
    }

    /** The CPU ticks so far of each live thread of a group, by thread id. */
    private static Map<String, Reading> read() {
        Map<String, Reading> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                String group = group(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
                if (group == null) continue;
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                out.put(t.getFileName().toString(), new Reading(group, Long.parseLong(f[11]) + Long.parseLong(f[12])));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no split
        }
        return out;
    }

    private static String group(String thread) {
        for (var g : GROUPS.entrySet()) {
            for (String prefix : g.getValue()) if (thread.startsWith(prefix)) return g.getKey();
        }
        return null;
    }
}
