package zonesim.whatif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import zonesim.scenario.ScenarioException;

/**
 * Runs independent indexed tasks on a few threads and returns their results in index
 * order; when tasks fail, the failure of the lowest index is thrown, so what the caller
 * sees does not depend on the thread count or on scheduling.
 */
final class Parallel {
    /** One task; may reject its input. */
    @FunctionalInterface
    interface Task<T> {
        /** The result of task {@code i}. */
        T run(int i) throws ScenarioException;
    }

    private Parallel() { }

    /** Results of tasks 0 .. n-1 on {@code threads} threads. */
    static <T> List<T> map(int n, int threads, Task<T> task) throws ScenarioException {
        Object[] results = new Object[n];
        Exception[] failures = new Exception[n];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = task.run(i);
                } catch (ScenarioException | RuntimeException e) {
                    failures[i] = e;
                }
            }
        };
        int t = Math.max(1, Math.min(threads, n));
        if (t == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
                Thread th = new Thread(r, "zonesim-whatif");
                th.setDaemon(true);
                return th;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int w = 0; w < t; w++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        for (Exception e : failures) {
            if (e instanceof ScenarioException se) {
                throw se;
            } else if (e instanceof RuntimeException re) {
                throw re;
            }
        }
        @SuppressWarnings("unchecked")
        List<T> out = (List<T>) Arrays.asList(results);
        return out;
    }
}
