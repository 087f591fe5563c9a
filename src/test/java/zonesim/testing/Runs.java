package zonesim.testing;

import java.util.List;
import zonesim.experiment.Experiment;
import zonesim.experiment.StudyResult;
import zonesim.experiment.Summary;
import zonesim.metrics.Interval;
import zonesim.model.Scenario;
import zonesim.model.Study;

/** Runs scenarios in tests. */
public final class Runs {
    private Runs() { }

    /** A study with only the baseline. */
    public static Study study(Scenario s) {
        return new Study("test.yaml", List.of(new Study.Configuration("baseline", s)));
    }

    /** Runs {@code s} on {@code threads} threads. */
    public static StudyResult run(Scenario s, int threads) {
        return Experiment.run(study(s), threads, i -> { });
    }

    /** The estimate of {@code metric} for the baseline of {@code s}. */
    public static Interval estimate(Scenario s, String metric) {
        StudyResult r = run(s, 2);
        return Summary.of(r).estimates().get("baseline").get(metric);
    }
}
