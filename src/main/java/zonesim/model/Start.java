package zonesim.model;

/** How each replication begins (SPEC 4.1a). */
public enum Start {
    /** In the processes' stationary state: a typical stretch of time (the default). */
    STEADY,
    /** Everything new and up at t = 0: a new fleet. */
    FRESH;

    /** The YAML value ({@code steady}, {@code fresh}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
