package zonesim.model;

import java.util.Map;

/**
 * Failure processes: a default spec per {@link ProcessKind} and fully resolved per-path
 * overrides (the parser merges an override's keys over the kind's default). Paths follow
 * SPEC 4.2: {@code eastus/az2/dc1/power}, {@code eastus/az2}, {@code eastus},
 * {@code replica:eastus}.
 */
public record Failures(Map<ProcessKind, FailureSpec> defaults, Map<String, FailureSpec> overrides) {
    public Failures {
        defaults = Map.copyOf(defaults);
        overrides = Map.copyOf(overrides);
        for (ProcessKind k : ProcessKind.values()) {
            if (k.hasDefault() && !defaults.containsKey(k)) {
                throw new IllegalArgumentException("missing default for " + k.key());
            }
        }
    }

    /** The spec for the process of {@code kind} at {@code processPath}. */
    public FailureSpec spec(ProcessKind kind, String processPath) {
        FailureSpec o = overrides.get(processPath);
        return o != null ? o : defaults.get(kind);
    }
}
