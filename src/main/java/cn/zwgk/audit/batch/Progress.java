package cn.zwgk.audit.batch;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** "已完成 n/total，用时 …，预计还需 …" on one terminal line, redrawn at most five times a second. */
final class Progress {

    private final PrintStream err;
    private final int total;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile long lastDraw;

    /** @param err where to draw, or null for a quiet batch (stderr is not a terminal) */
    Progress(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    void step() {
        int n = done.incrementAndGet();
        if (err == null) return;
        long now = System.nanoTime();
        if (n < total && now - lastDraw < 200_000_000L) return;
        synchronized (this) {
            lastDraw = now;
            double elapsed = (now - start) / 1e9;
            String eta = n == 0 ? "—" : seconds(elapsed / n * (total - n));
            err.print("\r已完成 " + n + "/" + total + "　用时 " + seconds(elapsed) + "　预计还需 " + eta + "   ");
            if (n == total) err.println();
            err.flush();
        }
    }

    private static String seconds(double s) {
        if (s < 60) return String.format("%.1f 秒", s);
        return String.format("%d 分 %02d 秒", (long) s / 60, (long) s % 60);
    }
}
