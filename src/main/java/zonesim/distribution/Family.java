package zonesim.distribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How each family is written in a scenario (SPEC 3 "Distributions"): its name and the
 * parameter sets that define it, each with the factory that builds the law. Adding a
 * family means one record implementing {@link Distribution} and one constant here.
 */
public enum Family {
    EXPONENTIAL("exponential", Form.of(p -> new Exponential(p.get("mean")), Param.duration("mean"))),
    WEIBULL("weibull",
            Form.of(p -> Weibull.ofMean(p.get("shape"), p.get("mean")), Param.number("shape"), Param.duration("mean")),
            Form.of(p -> new Weibull(p.get("shape"), p.get("scale")), Param.number("shape"), Param.duration("scale"))),
    LOGNORMAL("lognormal",
            Form.of(p -> LogNormal.ofMedian(p.get("median"), p.get("sigma")), Param.duration("median"),
                    Param.number("sigma")),
            Form.of(p -> LogNormal.ofMeanCv(p.get("mean"), p.get("cv")), Param.duration("mean"), Param.number("cv"))),
    GAMMA("gamma",
            Form.of(p -> Gamma.ofMean(p.get("shape"), p.get("mean")), Param.number("shape"), Param.duration("mean")),
            Form.of(p -> new Gamma(p.get("shape"), p.get("scale")), Param.number("shape"), Param.duration("scale"))),
    UNIFORM("uniform", Form.of(p -> {
        if (p.get("max") < p.get("min")) {
            throw new IllegalArgumentException("uniform max must be >= min");
        }
        return new Uniform(p.get("min"), p.get("max"));
    }, Param.durationOrZero("min"), Param.durationOrZero("max")));

    /** What a parameter holds: a duration (> 0, or >= 0) or a plain positive number. */
    public enum Kind { DURATION, DURATION_OR_ZERO, NUMBER }

    /** One named parameter. */
    public record Param(String key, Kind kind) {
        static Param duration(String key) {
            return new Param(key, Kind.DURATION);
        }

        static Param durationOrZero(String key) {
            return new Param(key, Kind.DURATION_OR_ZERO);
        }

        static Param number(String key) {
            return new Param(key, Kind.NUMBER);
        }
    }

    /** One parameter set and its factory (which may throw IllegalArgumentException). */
    public record Form(List<Param> params, Function<Map<String, Double>, Distribution> make) {
        static Form of(Function<Map<String, Double>, Distribution> make, Param... params) {
            return new Form(List.of(params), make);
        }

        /** The parameter keys, in declaration order. */
        public List<String> keys() {
            return params.stream().map(Param::key).toList();
        }
    }

    private final String yamlName;
    private final List<Form> forms;

    Family(String yamlName, Form... forms) {
        this.yamlName = yamlName;
        this.forms = List.of(forms);
    }

    /** The key that names the family in a distribution map. */
    public String yamlName() {
        return yamlName;
    }

    /** The accepted parameter sets. */
    public List<Form> forms() {
        return forms;
    }

    /** Every parameter of any form, each once, in declaration order. */
    public List<Param> params() {
        Map<String, Param> all = new java.util.LinkedHashMap<>();
        forms.forEach(f -> f.params().forEach(p -> all.putIfAbsent(p.key(), p)));
        return new ArrayList<>(all.values());
    }

    /** The family named {@code name}, or null. */
    public static Family named(String name) {
        for (Family f : values()) {
            if (f.yamlName.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The names of every family, in declaration order. */
    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(Family::yamlName).toList();
    }

    /** The forms whose parameters include every key of {@code given}. */
    public List<Form> formsCovering(Set<String> given) {
        return forms.stream().filter(f -> new LinkedHashSet<>(f.keys()).containsAll(given)).toList();
    }
}
