package zonesim.whatif;

/**
 * One metric of one configuration at one point: {@code value} is the figure used (the exact
 * value where the metric is computed exactly, else the simulated mean), {@code low} and
 * {@code high} its confidence interval (both the value when exact), {@code exact} the exact
 * steady-state value where SPEC 7 gives one (NaN otherwise), and {@code simulated} whether
 * {@code value} comes from simulation.
 */
public record Cell(double value, double low, double high, double exact, boolean simulated) {

    /** A metric this configuration does not have (a replica it lacks). */
    public static final Cell MISSING = new Cell(Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);

    /** An exact value. */
    public static Cell exact(double v) {
        return new Cell(v, v, v, v, false);
    }

    /** True when the configuration has this metric here. */
    public boolean present() {
        return !Double.isNaN(value);
    }
}
