package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import zonesim.model.Scenario;
import zonesim.model.Study;

/**
 * The runs of one pass over a study, in the order their observations travel: every
 * configuration, then every configuration without each of its injected outages (the
 * drills of {@link OutageImpact}). The local runner and a remote task that rebuilt the
 * study from its {@link StudySource} prepare them here, so both number them alike.
 */
public final class RunPlan {
    private final List<String> names;
    private final List<PreparedConfiguration> runs;
    private final List<OutageImpact.Drill> drills;

    private RunPlan(List<String> names, List<PreparedConfiguration> runs, List<OutageImpact.Drill> drills) {
        this.names = List.copyOf(names);
        this.runs = List.copyOf(runs);
        this.drills = List.copyOf(drills);
    }

    /** Prepares every run of {@code study}. */
    public static RunPlan of(Study study) {
        List<String> names = study.configurations().stream().map(Study.Configuration::name).toList();
        List<Scenario> scenarios = study.configurations().stream().map(Study.Configuration::scenario).toList();
        List<PreparedConfiguration> runs = new ArrayList<>();
        scenarios.forEach(s -> runs.add(PreparedConfiguration.of(s)));
        List<OutageImpact.Drill> drills = OutageImpact.drills(names, scenarios);
        drills.forEach(d -> runs.add(PreparedConfiguration.of(d.scenario())));
        return new RunPlan(names, runs, drills);
    }

    /** The configurations' names, in study order (runs 0 .. n-1). */
    public List<String> names() {
        return names;
    }

    /** Every run: the configurations, then the drills. */
    public List<PreparedConfiguration> runs() {
        return runs;
    }

    /** The drills; drill {@code k} is run {@code drills().get(k).run()}. */
    List<OutageImpact.Drill> drills() {
        return drills;
    }
}
