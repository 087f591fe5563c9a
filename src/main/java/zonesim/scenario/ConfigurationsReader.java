package zonesim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import zonesim.model.Scenario;
import zonesim.model.Study;

/**
 * {@code configurations} (SPEC 5): named variants, each merged over the base by {@link Merger}
 * and then read like the base, with problems reported under {@code configurations[i].}. The
 * run parameters (seed, replications, horizon, confidence) are shared by all configurations so
 * that they can be compared on common random numbers; a variant may not change them.
 */
final class ConfigurationsReader {
    /** The reserved name of the base configuration. */
    static final String BASELINE = "baseline";
    /** Keys a variant may not set. */
    static final List<String> SHARED = List.of("seed", "replications", "horizon", "confidence", "configurations");

    private ConfigurationsReader() { }

    /**
     * Reads the variants of the file whose root mapping is {@code root}, merging each over
     * {@code baseRoot} (the root without {@code configurations}). Adds one collector per
     * variant to {@code collectors}; a variant with errors yields no configuration.
     */
    static List<Study.Configuration> read(Diagnostics base, Node root, Node baseRoot, String defaultName,
                                          RegionCatalogue catalogue, List<Diagnostics> collectors) {
        List<Study.Configuration> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Fields> items = Fields.list(Fields.of(base, root, "", null), "configurations", null);
        if (items.size() > Limits.MAX_CONFIGURATIONS) {
            base.error(base.locate("configurations"), "configurations", items.size() + " configurations: at most "
                    + Limits.MAX_CONFIGURATIONS + " may be compared in one file");
            return result;
        }
        for (int i = 0; i < items.size(); i++) {
            Fields f = items.get(i);
            String name = f.require("name") ? Values.string(base, f.get("name"), f.path("name")).orElse(null) : null;
            String nameProblem = name == null ? null : Names.configurationProblem(name);
            if (nameProblem != null) {
                base.error(f.get("name"), f.path("name"), nameProblem);
                name = null;
            } else if (BASELINE.equals(name)) {
                base.error(f.get("name"), f.path("name"), "'baseline' is the name of the base scenario");
            } else if (name != null && !names.add(name)) {
                base.error(f.get("name"), f.path("name"), "configuration name '" + name + "' is used twice");
            }
            for (String key : SHARED) {
                if (f.has(key)) {
                    base.error(f.keyNode(key), f.path(key), "'" + key + "' is shared by all configurations "
                            + "(they are compared on common random numbers) and may not be set here");
                }
            }
            Diagnostics d = base.forConfiguration(Paths.item("configurations", i) + ".");
            collectors.add(d);
            if (Values.isNull(f.node()) || !f.wellTyped()) {
                continue;
            }
            Node merged = Merger.merge(baseRoot, Merger.without(f.node(), "name"), "");
            Scenario s = ScenarioReader.read(d, merged, defaultName, catalogue);
            if (s != null && name != null) {
                result.add(new Study.Configuration(name, s));
            }
        }
        return result;
    }
}
