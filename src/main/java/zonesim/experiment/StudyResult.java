package zonesim.experiment;

import java.util.List;
import zonesim.model.Study;

/** Everything a run produced, before summarising: raw results and performance. */
public record StudyResult(Study study, List<ConfigurationResult> configurations, int threads, double wallSeconds) {
    public StudyResult {
        configurations = List.copyOf(configurations);
    }

    /** Total simulated state changes. */
    public long events() {
        long e = 0;
        for (ConfigurationResult c : configurations) {
            e += c.events();
        }
        return e;
    }
}
