package zonesim.whatif;

import java.util.LinkedHashSet;
import java.util.List;
import zonesim.experiment.StudySource;
import zonesim.model.Study;
import zonesim.model.WhatIf;
import zonesim.scenario.ScenarioDocument;
import zonesim.scenario.ScenarioException;

/**
 * How a remote task rebuilds the study simulated at one point of a what-if study (a sweep
 * grid point, a tornado end, a world): the document's text and command-line sections, the
 * configurations evaluated, the point's settings, and the replications and seed; exactly
 * the steps {@link Evaluator} takes on the driver.
 */
record PointSource(ScenarioDocument.Source document, List<String> configurations, List<WhatIf.Setting> settings,
                   int replications, Long seed) implements StudySource {
    private static final long serialVersionUID = 1L;

    PointSource {
        configurations = List.copyOf(configurations);
        settings = List.copyOf(settings);
    }

    @Override
    public Study study() {
        try {
            Study s = document.load().only(new LinkedHashSet<>(configurations)).study(settings);
            return Evaluator.withRun(s, replications, seed);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the what-if point no longer loads: " + e.getMessage(), e);
        }
    }
}
