package zonesim.model;

import java.util.List;
import zonesim.distribution.ParameterLaw;

/**
 * The what-if sections of a scenario file (SPEC 9): a {@code sweep}, a {@code sensitivity}
 * (tornado) study and the settings of the {@code uncertainty} study, whose parameters are
 * the {@code uncertain} values written inline. A null section is absent.
 */
public record WhatIf(Sweep sweep, Sensitivity sensitivity, Uncertainty uncertainty) {

    /** How values are computed: exactly (SPEC 7), by simulation, or exactly where every value has an exact form. */
    public enum Method {
        AUTO, EXACT, SIMULATE;

        /** The name as written in a scenario. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * What to compute and how, shared by the three studies: the metric names (summary.json
     * names), the configurations (all when empty), the method, and the replications per
     * point when simulating (0: the scenario's). {@code origin} locates the section.
     */
    public record Settings(List<String> metrics, List<String> configurations, Method method, int replications,
                           Parameter.Origin origin) {
        public Settings {
            metrics = List.copyOf(metrics);
            configurations = List.copyOf(configurations);
        }
    }

    /** One value of a parameter: the value in its unit (or the factor); serializable like its parameter. */
    public record Setting(Parameter parameter, double value) implements java.io.Serializable { }

    /** One swept parameter and its values in order; {@code log}: spaced (and drawn) on a log scale. */
    public record Axis(Parameter parameter, List<Double> values, boolean log) {
        public Axis {
            values = List.copyOf(values);
        }
    }

    /** One or two axes; every configuration is evaluated at every point of their grid. */
    public record Sweep(List<Axis> axes, Settings settings) {
        public Sweep {
            axes = List.copyOf(axes);
            if (axes.isEmpty() || axes.size() > 2) {
                throw new IllegalArgumentException("a sweep has one or two parameters");
            }
        }
    }

    /** One bar of a tornado: the parameter moved to {@code low}, then to {@code high}, all else nominal. */
    public record Swing(Parameter parameter, double low, double high) { }

    /**
     * A tornado of one metric of one configuration, or of the difference {@code minuend -
     * subtrahend} between two configurations (then {@code configuration} is null); the metric
     * is the first of the settings' metrics.
     */
    public record Sensitivity(List<Swing> swings, String configuration, String minuend, String subtrahend,
                              Settings settings) {
        public Sensitivity {
            swings = List.copyOf(swings);
        }

        /** True when the tornado is of a difference between two configurations. */
        public boolean difference() {
            return minuend != null;
        }
    }

    /** A value written {@code { uncertain: { ... } }}: its parameter, what we believe of it, and the value {@code run} uses. */
    public record Uncertain(Parameter parameter, ParameterLaw law, double nominal) {
        /** The law in the parameter's display units: {@code loguniform 2y to 10y}. */
        public String describe() {
            Parameter p = parameter;
            if (law instanceof ParameterLaw.LogUniform l) {
                return "loguniform " + p.describe(l.min()) + " to " + p.describe(l.max());
            } else if (law instanceof ParameterLaw.Uniform u) {
                return "uniform " + p.describe(u.min()) + " to " + p.describe(u.max());
            } else if (law instanceof ParameterLaw.Triangular t) {
                return "triangular " + p.describe(t.min()) + " to " + p.describe(t.max()) + ", most likely "
                        + p.describe(t.mode());
            }
            ParameterLaw.LogNormal n = (ParameterLaw.LogNormal) law;
            return "lognormal, median " + p.describe(n.median()) + ", sigma " + String.format(java.util.Locale.ROOT,
                    "%.3g", n.sigma()) + " (90% within " + p.describe(n.quantile(0.05)) + " to "
                    + p.describe(n.quantile(0.95)) + ")";
        }
    }

    /** The uncertainty study: {@code worlds} drawn by Latin hypercube over {@code parameters} (0: the default). */
    public record Uncertainty(int worlds, List<Uncertain> parameters, Settings settings) {
        public Uncertainty {
            parameters = List.copyOf(parameters);
        }
    }
}
