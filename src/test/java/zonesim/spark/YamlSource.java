package zonesim.spark;

import org.apache.spark.TaskContext;
import zonesim.experiment.StudySource;
import zonesim.model.Study;
import zonesim.scenario.ScenarioException;
import zonesim.scenario.ScenarioLoader;

/**
 * A test source: a scenario's text with its replications and seed replaced; in a Spark task
 * that builds it (the executor keeps what it built, see {@link Plans}) it fails attempts
 * below {@code failures}, counting them in {@link #FAILED} (local mode runs tasks in this JVM).
 */
record YamlSource(String file, String yaml, int replications, long seed, int failures)
        implements StudySource {
    private static final long serialVersionUID = 1L;
    static final java.util.concurrent.atomic.AtomicInteger FAILED = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public Study study() {
        TaskContext task = TaskContext.get();
        if (task != null && task.attemptNumber() < failures) {
            FAILED.incrementAndGet();
            throw new IllegalStateException("injected failure of attempt " + task.attemptNumber());
        }
        try {
            Study s = ScenarioLoader.loadString(file, yaml, false).study();
            return new Study(s.file(), s.configurations().stream().map(c -> new Study.Configuration(c.name(),
                    c.scenario().withRun(replications, seed))).toList());
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same source without injected failures. */
    YamlSource healthy() {
        return new YamlSource(file, yaml, replications, seed, 0);
    }

}
