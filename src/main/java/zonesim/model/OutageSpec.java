package zonesim.model;

/**
 * An injected outage (SPEC 4.7): {@code target} forced down from {@code atHours} for
 * {@code durationHours}; repeated every {@code repeatEveryHours} when that is > 0; each
 * occurrence's start shifted by a uniform draw in [-jitter, +jitter] (clamped at 0).
 */
public record OutageSpec(String target, double atHours, double durationHours, String cause,
                         double repeatEveryHours, double jitterHours) {
    public OutageSpec {
        if (!(atHours >= 0) || !(durationHours >= 0) || !(repeatEveryHours >= 0) || !(jitterHours >= 0)) {
            throw new IllegalArgumentException("outage times must be >= 0");
        }
    }
}
