package zonesim.whatif;

import java.util.Arrays;
import java.util.List;
import zonesim.experiment.OrderedTasks;
import zonesim.scenario.ScenarioException;

/**
 * Runs independent indexed tasks on a few threads ({@link OrderedTasks}) and returns their
 * results in index order; every task runs, and when tasks fail, the failure of the lowest
 * index is thrown, so what the caller sees does not depend on the thread count or on
 * scheduling.
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
        int t = Math.max(1, Math.min(threads, n));
        OrderedTasks.run(n, t, t, i -> {
            try {
                results[i] = task.run(i);
            } catch (ScenarioException | RuntimeException e) {
                failures[i] = e; // kept, so that the lowest index's failure is the one thrown
            }
            return Boolean.TRUE;
        }, (i, done) -> { });
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
