package zonesim.kernel;

/** Something that owns a slot in the {@link EventQueue} and acts when its event fires. */
public interface EventSource {
    /**
     * Handles this source's event at simulated time {@code hours}; may schedule further
     * events through the simulator. Returns the number of simulated state changes it made
     * (counted as "events" in performance figures).
     */
    int fire(Simulator sim, double hours);
}
