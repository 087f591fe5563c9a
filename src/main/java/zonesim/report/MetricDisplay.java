package zonesim.report;

import java.util.function.DoubleUnaryOperator;
import zonesim.distribution.Hours;
import zonesim.experiment.Metric;
import zonesim.metrics.Measure;

/**
 * How the what-if charts show a metric's values on a linear axis: an availability as
 * downtime in minutes per year, (1 - A) × 525,600, where differences read directly (a
 * difference of availabilities as the downtime it adds, so a positive bar is worse
 * there); anything else as it is, in its unit.
 */
record MetricDisplay(String axisLabel, DoubleUnaryOperator value, DoubleUnaryOperator difference) {

    /** The display of {@code m}. */
    static MetricDisplay of(Metric m) {
        if (m.measure() == Measure.AVAILABILITY) {
            return new MetricDisplay(m.label().replace("availability", "downtime") + " (minutes per year)",
                    a -> (1 - a) * Hours.MINUTES_PER_YEAR, d -> -d * Hours.MINUTES_PER_YEAR);
        }
        String unit = m.measure().unit();
        return new MetricDisplay(m.label() + (unit.isEmpty() || m.label().contains(unit) ? "" : " (" + unit + ")"),
                x -> x, d -> d);
    }

    /** "lower is better" or "higher is better" as shown. */
    static String direction(Metric m) {
        return m.measure().better() == Measure.Better.NEITHER ? ""
                : m.measure() == Measure.AVAILABILITY || m.measure().better() == Measure.Better.LOWER
                ? "lower is better" : "higher is better";
    }
}
