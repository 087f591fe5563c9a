package zonesim.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.experiment.PreparedConfiguration;
import zonesim.experiment.RunPlan;
import zonesim.experiment.StudySource;

/**
 * The runs rebuilt from the last few sources in this executor's JVM, so that the tasks of
 * one study that land on the same executor load and prepare it once (100-200 ms for the
 * reference scenario) instead of once per block. Prepared runs are read-only and a source's
 * runs are a pure function of it, so sharing them changes no result. Two tasks that miss at
 * once both build; either copy serves.
 */
final class Plans {
    /** Studies kept per JVM: the units of a study are consecutive, so a few suffice. */
    static final int KEPT = 8;

    private static final Map<StudySource, List<PreparedConfiguration>> RECENT =
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<StudySource, List<PreparedConfiguration>> eldest) {
                    return size() > KEPT;
                }
            };

    private Plans() { }

    /** The runs of {@code source}'s study, as {@link RunPlan} prepares them. */
    static List<PreparedConfiguration> runs(StudySource source) {
        synchronized (RECENT) {
            List<PreparedConfiguration> runs = RECENT.get(source);
            if (runs != null) {
                return runs;
            }
        }
        List<PreparedConfiguration> runs = RunPlan.of(source.study()).runs();
        synchronized (RECENT) {
            RECENT.put(source, runs);
        }
        return runs;
    }
}
