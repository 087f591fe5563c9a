package zonesim.exact;

import zonesim.distribution.Hours;

/**
 * Steady-state figures of one system.
 *
 * @param unavailability long-run fraction of time down, computed directly
 * @param failuresPerHour system failures (up to down transitions) per hour
 * @param meanOutageHours unavailability / failuresPerHour; NaN when the system never fails
 */
public record Figures(double unavailability, double failuresPerHour, double meanOutageHours) {
    /** Figures from an unavailability and a failure frequency. */
    public static Figures of(double unavailability, double failuresPerHour) {
        return new Figures(unavailability, failuresPerHour,
                failuresPerHour > 0 ? unavailability / failuresPerHour : Double.NaN);
    }

    /** 1 - unavailability. */
    public double availability() {
        return 1 - unavailability;
    }

    /** System failures per 8760-hour year. */
    public double outagesPerYear() {
        return failuresPerHour * Hours.PER_YEAR;
    }

    /** Mean outage duration in minutes (NaN when the system never fails). */
    public double meanOutageMinutes() {
        return meanOutageHours * 60;
    }

    /** Expected down minutes per 8760-hour year. */
    public double downtimeMinutesPerYear() {
        return unavailability * Hours.MINUTES_PER_YEAR;
    }

    /** -log10(unavailability): "number of nines" (infinite when never down). */
    public double nines() {
        return -Math.log10(unavailability);
    }
}
