package cn.zwgk.audit.config;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A load started on a thread of its own, so that independent loads at start-up (templates, parser configuration,
 * compiled rules, the PDF font) overlap instead of queueing: a one-report run waits for the slowest, not the sum.
 * {@link #get()} gives the result or throws what the load threw, on the caller's thread.
 */
public final class InBackground<T> {

    /** A load that may find the office's files broken. */
    public interface Load<T> {
        T load() throws ConfigException;
    }

    private final FutureTask<T> task;

    private InBackground(FutureTask<T> task) {
        this.task = task;
    }

    public static <T> InBackground<T> start(String name, Load<T> load) {
        FutureTask<T> task = new FutureTask<>(load::load);
        Thread t = new Thread(task, "load-" + name);
        t.setDaemon(true);
        t.start();
        return new InBackground<>(task);
    }

    /** A load already done: {@link #get()} gives {@code value}. */
    public static <T> InBackground<T> done(T value) {
        FutureTask<T> task = new FutureTask<>(() -> value);
        task.run();
        return new InBackground<>(task);
    }

    public T get() throws ConfigException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("启动时被中断", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException c) throw c;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
