package zonesim.model;

import java.util.List;

/**
 * What a scenario file describes: named configurations, the first being {@code baseline}
 * (the file's base scenario), the others the variants of SPEC 5 merged over it.
 */
public record Study(String file, List<Configuration> configurations) {
    public Study {
        configurations = List.copyOf(configurations);
        if (configurations.isEmpty() || !"baseline".equals(configurations.get(0).name())) {
            throw new IllegalArgumentException("the first configuration must be the baseline");
        }
    }

    /** A named configuration. */
    public record Configuration(String name, Scenario scenario) { }

    /** The baseline scenario. */
    public Scenario baseline() {
        return configurations.get(0).scenario();
    }
}
