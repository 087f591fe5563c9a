package zonesim.model;

import java.util.List;

/**
 * A shared process (SPEC 4.1a): while it is down, every listed element is down. Elements are
 * SPEC 4.2 paths as written; {@code replica:*} stands for every replica's service, and
 * {@code endpoint} for the global endpoint. Its random stream is keyed by its name.
 */
public record CommonCauseSpec(String name, List<String> elements, FailureSpec spec) {
    /** Every replica's service. */
    public static final String ALL_REPLICAS = "replica:*";

    public CommonCauseSpec {
        elements = List.copyOf(elements);
        if (name == null || name.isEmpty() || elements.isEmpty() || spec == null) {
            throw new IllegalArgumentException("a common cause needs a name, elements and a failure process");
        }
    }

    /** Its element path, {@code common_cause:<name>}, for outages, overrides and reports. */
    public String path() {
        return "common_cause:" + name;
    }

    /** True iff it takes down the element at {@code path} (a replica's service matches {@code replica:*}). */
    public boolean covers(String path) {
        return elements.contains(path) || path.startsWith("replica:") && elements.contains(ALL_REPLICAS);
    }
}
