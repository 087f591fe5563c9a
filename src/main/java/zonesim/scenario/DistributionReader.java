package zonesim.scenario;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import zonesim.model.Distribution;

/**
 * Distribution-valued keys (SPEC 3 "Distributions"): a plain duration (fixed), {@code never},
 * or a one-key map naming the family: exponential{mean}, weibull{shape, mean | scale},
 * lognormal{median, sigma | mean, cv}, gamma{shape, mean | scale}, uniform{min, max}.
 */
final class DistributionReader {
    /** The family names accepted as the one key of a distribution map. */
    static final List<String> FAMILIES = List.of("exponential", "weibull", "lognormal", "gamma", "uniform");

    private DistributionReader() { }

    /** Reads the distribution at {@code node}; empty (after reporting) when malformed. */
    static Optional<Distribution> read(Diagnostics d, Node node, String path) {
        if (!(node instanceof MappingNode m)) {
            Optional<String> text = Values.text(d, node, path, "a duration, 'never' or a distribution map");
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (text.get().equals("never")) {
                return Optional.of(Distribution.NEVER);
            }
            return Values.duration(d, node, path).map(Distribution.Fixed::new);
        }
        d.remember(path, node);
        if (m.getValue().size() != 1) {
            d.error(node, path, "a distribution map needs exactly one key, the family (one of "
                    + String.join(", ", FAMILIES) + ")");
            return Optional.empty();
        }
        NodeTuple t = m.getValue().get(0);
        if (!(t.getKeyNode() instanceof ScalarNode key)) {
            return Optional.empty(); // reported by YamlTree
        }
        String family = key.getValue();
        String familyPath = Paths.child(path, family);
        if (!FAMILIES.contains(family)) {
            d.error(key, familyPath, "unknown distribution family '" + family + "'"
                    + DidYouMean.hint(family, FAMILIES) + "; expected one of " + String.join(", ", FAMILIES));
            return Optional.empty();
        }
        return family(d, family, Fields.of(d, t.getValueNode(), familyPath, params(family)));
    }

    private static List<String> params(String family) {
        switch (family) {
            case "exponential": return List.of("mean");
            case "weibull":
            case "gamma": return List.of("shape", "mean", "scale");
            case "lognormal": return List.of("median", "sigma", "mean", "cv");
            default: return List.of("min", "max");
        }
    }

    private static Optional<Distribution> family(Diagnostics d, String family, Fields f) {
        int before = d.errors().size();
        switch (family) {
            case "exponential": {
                double mean = required(f, "mean") ? f.positiveDuration("mean", 1) : 1;
                return ok(f, before, () -> new Distribution.Exponential(mean));
            }
            case "weibull":
            case "gamma": {
                double shape = required(f, "shape") ? positive(f, "shape") : 1;
                boolean byMean = exactlyOne(f, "mean", "scale");
                double value = f.positiveDuration(byMean ? "mean" : "scale", 1);
                if (family.equals("weibull")) {
                    return ok(f, before, () -> byMean ? Distribution.Weibull.ofMean(shape, value)
                            : new Distribution.Weibull(shape, value));
                }
                return ok(f, before, () -> byMean ? Distribution.Gamma.ofMean(shape, value)
                        : new Distribution.Gamma(shape, value));
            }
            case "lognormal":
                return lognormal(d, f, before);
            default: {
                double min = required(f, "min") ? f.duration("min", 0) : 0;
                double max = required(f, "max") ? f.duration("max", 0) : 0;
                if (f.has("min") && f.has("max") && max < min) {
                    d.error(f.get("max"), f.path("max"), "uniform max must be >= min");
                }
                return ok(f, before, () -> new Distribution.Uniform(min, max));
            }
        }
    }

    private static Optional<Distribution> lognormal(Diagnostics d, Fields f, int before) {
        boolean median = f.has("median") || f.has("sigma");
        boolean mean = f.has("mean") || f.has("cv");
        if (median && mean) {
            d.error(f.node(), f.path(), "give either median and sigma, or mean and cv");
            return Optional.empty();
        }
        if (!mean) {
            double med = required(f, "median") ? f.positiveDuration("median", 1) : 1;
            double sigma = required(f, "sigma") ? positive(f, "sigma") : 1;
            return ok(f, before, () -> Distribution.LogNormal.ofMedian(med, sigma));
        }
        double mu = required(f, "mean") ? f.positiveDuration("mean", 1) : 1;
        double cv = required(f, "cv") ? positive(f, "cv") : 1;
        return ok(f, before, () -> Distribution.LogNormal.ofMeanCv(mu, cv));
    }

    private static double positive(Fields f, String key) {
        return f.check(key, Values.number(f.diagnostics(), f.get(key), f.path(key)), x -> x > 0, "must be > 0")
                .orElse(1.0);
    }

    private static boolean required(Fields f, String key) {
        if (!f.has(key)) {
            f.diagnostics().error(f.node(), f.path(), "missing '" + key + "'");
            return false;
        }
        return true;
    }

    /** True when {@code first} is the one given; reports neither or both. */
    private static boolean exactlyOne(Fields f, String first, String second) {
        if (f.has(first) && f.has(second)) {
            f.diagnostics().error(f.get(second), f.path(second), "give either " + first + " or " + second + ", not both");
        } else if (!f.has(first) && !f.has(second)) {
            f.diagnostics().error(f.node(), f.path(), "missing '" + first + "' (or '" + second + "')");
        }
        return f.has(first);
    }

    private static Optional<Distribution> ok(Fields f, int before, java.util.function.Supplier<Distribution> make) {
        Diagnostics d = f.diagnostics();
        if (d.errors().size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException e) {
            d.error(f.node(), f.path(), e.getMessage());
            return Optional.empty();
        }
    }
}
