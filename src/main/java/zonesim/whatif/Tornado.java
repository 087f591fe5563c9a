package zonesim.whatif;

import java.util.List;
import zonesim.experiment.Metric;
import zonesim.metrics.Interval;
import zonesim.model.Parameter;
import zonesim.model.WhatIf;

/**
 * A finished sensitivity study (SPEC 9): the value of one metric of one configuration, or
 * of the difference between two configurations ({@code subject} says which), at the nominal
 * point and with each parameter moved to the low and then the high end of its range, all
 * else nominal. Bars are sorted by swing, widest first.
 */
public record Tornado(String scenario, WhatIf.Sensitivity sensitivity, Metric metric, String subject, Interval nominal,
                      List<Bar> bars, boolean exact, Evaluator.Evaluation evaluation, int threads,
                      double wallSeconds) {
    public Tornado {
        bars = List.copyOf(bars);
    }

    /** One parameter: its range and the subject's value (with interval) at each end. */
    public record Bar(Parameter parameter, double low, double high, Interval atLow, Interval atHigh) {
        /** How far the subject moves across the range. */
        public double swing() {
            return Math.abs(atHigh.mean() - atLow.mean());
        }
    }
}
