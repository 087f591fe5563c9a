package zonesim.model;

/** The kinds of random failure process and the path suffix/prefix that names each (SPEC 4.2). */
public enum ProcessKind {
    POWER("power"),
    COOLING("cooling"),
    NETWORK("network"),
    DESTRUCTION("destruction"),
    ZONE("zone"),
    REGION("region"),
    REPLICA("replica"),
    COMMON_CAUSE("common_cause"),
    ENDPOINT("endpoint");

    private final String key;

    ProcessKind(String key) {
        this.key = key;
    }

    /** The YAML key and process name used in paths and stream derivation. */
    public String key() {
        return key;
    }

    /** True for the kinds with a default under {@code topology.failures} (not common causes or the endpoint). */
    public boolean hasDefault() {
        return this != COMMON_CAUSE && this != ENDPOINT;
    }

    /** True for the per-datacenter kinds. */
    public boolean perDatacenter() {
        return this == POWER || this == COOLING || this == NETWORK || this == DESTRUCTION;
    }
}
