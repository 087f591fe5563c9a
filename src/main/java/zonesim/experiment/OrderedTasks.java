package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs tasks 0 .. n-1 on a few threads and hands their results to a consumer in index
 * order. Finished results wait in a bounded reorder buffer until every earlier one has been
 * handed on, so the consumer sees 0, 1, 2, ... whatever the thread count and memory stays
 * flat in {@code n}. The first failure (an exception or error in a task or in the consumer)
 * stops the other threads and is rethrown.
 */
public final class OrderedTasks {
    /** Task {@code index}; runs on a worker thread. */
    @FunctionalInterface
    public interface Task<T> {
        /** The result of task {@code index}. */
        T run(int index);
    }

    /** Receives results in index order, one at a time. */
    @FunctionalInterface
    public interface Consumer<T> {
        /** The result of task {@code index}. */
        void accept(int index, T result);
    }

    private OrderedTasks() { }

    /**
     * Runs {@code n} tasks on {@code threads} threads with at most {@code window} results
     * taken but not yet consumed (window &gt;= threads).
     */
    public static <T> void run(int n, int threads, int window, Task<T> task, Consumer<T> consumer) {
        int t = Math.max(1, Math.min(threads, n));
        Map<Integer, T> pending = new ConcurrentHashMap<>();
        Semaphore permits = new Semaphore(Math.max(window, t));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int[] fed = {0};
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "zonesim-worker");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < t; w++) {
                futures.add(pool.submit(() -> {
                    try {
                        while (failure.get() == null) {
                            permits.acquire();
                            int i = next.getAndIncrement();
                            if (i >= n || failure.get() != null) {
                                permits.release();
                                return null;
                            }
                            pending.put(i, task.run(i));
                            synchronized (fed) {
                                for (T r = pending.remove(fed[0]); r != null; r = pending.remove(fed[0])) {
                                    consumer.accept(fed[0], r);
                                    fed[0]++;
                                    permits.release();
                                }
                            }
                        }
                        return null;
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                        permits.release(Math.max(window, t) + t); // wake workers waiting for a result never consumed
                        throw e;
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        Throwable first = failure.get();
        if (first instanceof RuntimeException re) {
            throw re;
        } else if (first instanceof Error err) {
            throw err;
        } else if (first != null) {
            throw new IllegalStateException(first);
        }
    }
}
