package zonesim.model;

/** SLA target availability and evaluation window (SPEC 4.6a). */
public record SlaSpec(double target, double windowHours) {
    /** Default: 99.9% per month (730 h). */
    public static final SlaSpec DEFAULT = new SlaSpec(0.999, 730);
}
