package cn.zwgk.audit.spill;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How much of the heap a batch may fill with what it would otherwise spill: what fits is held as objects (not written,
 * compressed and read back), the rest goes to the temporary file. The holder estimates each entry's bytes; once taken,
 * an allowance is not given back, so what is held is decided by the order entries come in and the batch's memory
 * stays bounded whatever its size. Thread-safe.
 */
public final class MemoryBudget {

    /** At most this much, however large the heap: beyond a few thousand reports the saving no longer matters. */
    private static final long CAP = 128L << 20;

    private final AtomicLong left;

    public MemoryBudget(long bytes) {
        left = new AtomicLong(Math.max(0, bytes));
    }

    /** An eighth of the heap the JVM may grow to (32 MB under -Xmx256m), at most 128 MB. */
    public static MemoryBudget ofHeap() {
        return new MemoryBudget(Math.min(CAP, Runtime.getRuntime().maxMemory() / 8));
    }

    /** Takes {@code bytes} from what is left; false, taking nothing, when that is less. */
    public boolean take(long bytes) {
        long l;
        do {
            l = left.get();
            if (bytes > l) return false;
        } while (!left.compareAndSet(l, l - bytes));
        return true;
    }
}
