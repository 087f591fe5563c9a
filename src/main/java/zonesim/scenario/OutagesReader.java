package zonesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zonesim.model.OutageSpec;
import zonesim.model.Topology;

/**
 * {@code outages}: a list of { target (required, an element path of SPEC 4.2 that exists,
 * {@code endpoint} or {@code common_cause:NAME}), at
 * (required), duration (required, > 0), cause (default "injected"), repeat ({@code every 30d}
 * or {@code 30d}; default none), jitter (default 0s) }.
 */
final class OutagesReader {
    /** The cause label when none is given. */
    static final String DEFAULT_CAUSE = "injected";

    private static final List<String> KEYS = List.of("target", "at", "duration", "cause", "repeat", "jitter");

    private OutagesReader() { }

    /** The outages, in file order. */
    static List<OutageSpec> read(Fields root, Topology topology, Set<String> replicaRegions, Set<String> causes) {
        List<OutageSpec> out = new ArrayList<>();
        for (Fields f : Fields.list(root, "outages", KEYS)) {
            Diagnostics d = f.diagnostics();
            String target = null;
            if (f.require("target")) {
                target = Values.string(d, f.get("target"), f.path("target")).orElse(null);
            }
            if (target != null) {
                Optional<String> problem = Targets.problem(target, topology, replicaRegions, causes, false);
                if (problem.isPresent()) {
                    d.error(f.get("target"), f.path("target"), problem.get());
                }
            }
            double at = f.require("at") ? f.duration("at", 0) : 0;
            double duration = f.require("duration") ? f.positiveDuration("duration", 1) : 1;
            String cause = f.string("cause", DEFAULT_CAUSE);
            double repeat = repeat(f);
            double jitter = f.duration("jitter", 0);
            out.add(new OutageSpec(target == null ? "" : target, at, duration, cause, repeat, jitter, out.size()));
        }
        return out;
    }

    private static double repeat(Fields f) {
        if (!f.has("repeat")) {
            return 0;
        }
        Diagnostics d = f.diagnostics();
        Optional<String> text = Values.text(d, f.get("repeat"), f.path("repeat"), "'every <duration>'");
        if (text.isEmpty()) {
            return 0;
        }
        String t = text.get().startsWith("every ") ? text.get().substring("every ".length()) : text.get();
        try {
            double hours = Durations.parseHours(t);
            if (hours > 0) {
                return hours;
            }
            d.error(f.get("repeat"), f.path("repeat"), "repeat interval must be > 0");
        } catch (IllegalArgumentException e) {
            d.error(f.get("repeat"), f.path("repeat"), "expected 'every <duration>' such as 'every 30d': "
                    + e.getMessage());
        }
        return 0;
    }
}
