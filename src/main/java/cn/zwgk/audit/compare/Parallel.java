package cn.zwgk.audit.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list on a few threads, in order (the comparisons' reading passes run on the batch's thread count). */
public record Parallel(int threads) {

    public <T, R> List<R> map(List<T> items, Function<T, R> f) throws InterruptedException {
        if (threads <= 1 || items.size() < 2) return items.stream().map(f).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "compare-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) futures.add(pool.submit(() -> f.apply(item)));
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> fu : futures) {
                try {
                    out.add(fu.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
