package zonesim.cli;

import java.util.ArrayList;
import java.util.List;
import zonesim.experiment.StudySource;
import zonesim.model.Study;
import zonesim.scenario.ScenarioException;
import zonesim.scenario.ScenarioLoader;

/**
 * A scenario file's text with the command line's {@code -n} and {@code --seed}: how the
 * driver loads a study, and how a remote task rebuilds the same study from the same text
 * without the file (loading is a pure function of the text, the name and the flags).
 */
record ScenarioText(String file, String yaml, boolean lenient, Integer replications, Long seed)
        implements StudySource {
    private static final long serialVersionUID = 1L;

    @Override
    public Study study() {
        try {
            return override(ScenarioLoader.loadString(file, yaml, lenient).study());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the scenario no longer loads: " + e.getMessage(), e);
        }
    }

    /** {@code study} with -n and --seed applied to every configuration. */
    Study override(Study study) {
        if (replications == null && seed == null) {
            return study;
        }
        List<Study.Configuration> configs = new ArrayList<>();
        for (Study.Configuration c : study.configurations()) {
            var s = c.scenario();
            configs.add(new Study.Configuration(c.name(), s.withRun(
                    replications != null ? replications : s.replications(), seed != null ? seed : s.seed())));
        }
        return new Study(study.file(), configs);
    }
}
