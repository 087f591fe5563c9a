package zonesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import zonesim.distribution.Distribution;
import zonesim.distribution.Family;
import zonesim.distribution.Fixed;

/**
 * Distribution-valued keys (SPEC 3 "Distributions"): a plain duration (fixed), {@code never},
 * or a one-key map naming the family, whose parameters must form exactly one of the
 * family's parameter sets ({@link Family}): e.g. weibull{shape, mean | scale},
 * lognormal{median, sigma | mean, cv}.
 */
final class DistributionReader {
    /** The family names accepted as the one key of a distribution map. */
    static final List<String> FAMILIES = Family.names();

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
            return Values.duration(d, node, path).map(Fixed::new);
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
        String name = key.getValue();
        String familyPath = Paths.child(path, name);
        Family family = Family.named(name);
        if (family == null) {
            d.error(key, familyPath, "unknown distribution family '" + name + "'"
                    + DidYouMean.hint(name, FAMILIES) + "; expected one of " + String.join(", ", FAMILIES));
            return Optional.empty();
        }
        List<String> keys = family.params().stream().map(Family.Param::key).toList();
        return family(d, family, Fields.of(d, t.getValueNode(), familyPath, keys));
    }

    private static Optional<Distribution> family(Diagnostics d, Family family, Fields f) {
        if (!f.wellTyped()) {
            return Optional.empty();
        }
        int before = d.errors().size();
        Set<String> given = new LinkedHashSet<>(f.keys());
        Optional<Family.Form> form = form(d, family, f, given);
        Map<String, Double> values = new LinkedHashMap<>();
        for (Family.Param p : family.params()) {
            if (f.has(p.key())) {
                values.put(p.key(), value(f, p));
            }
        }
        if (form.isEmpty() || d.errors().size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(form.get().make().apply(values));
        } catch (IllegalArgumentException e) {
            String last = f.keys().get(f.keys().size() - 1);
            d.error(f.get(last), f.path(last), e.getMessage());
            return Optional.empty();
        }
    }

    /** The one form the given keys make; reports missing or conflicting keys otherwise. */
    private static Optional<Family.Form> form(Diagnostics d, Family family, Fields f, Set<String> given) {
        List<Family.Form> covering = family.formsCovering(given);
        for (Family.Form c : covering) {
            if (given.containsAll(c.keys())) {
                return Optional.of(c);
            }
        }
        if (covering.isEmpty()) {
            conflict(d, family, f, given);
            return Optional.empty();
        }
        // missing keys: those every candidate needs, else the alternatives between them
        List<String> missing = new ArrayList<>();
        for (String k : covering.get(0).keys()) {
            if (!given.contains(k) && covering.stream().allMatch(c -> c.keys().contains(k))) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            d.error(f.node(), f.path(), "missing '" + missing.get(0) + "'");
        } else {
            List<String> alternatives = covering.stream()
                    .map(c -> c.keys().stream().filter(k -> !given.contains(k)).findFirst().orElse(""))
                    .toList();
            d.error(f.node(), f.path(), "missing '" + alternatives.get(0) + "'" + alternatives.stream().skip(1)
                    .map(k -> " (or '" + k + "')").reduce("", String::concat));
        }
        return Optional.empty();
    }

    /**
     * Keys from different parameter sets: "give either mean or scale, not both" at the later
     * key when the sets differ in one key, else "give either median and sigma, or mean and cv".
     */
    private static void conflict(Diagnostics d, Family family, Fields f, Set<String> given) {
        List<List<String>> own = new ArrayList<>();
        for (Family.Form form : family.forms()) {
            own.add(form.keys().stream().filter(k -> family.forms().stream().anyMatch(o -> !o.keys().contains(k)))
                    .toList());
        }
        if (own.stream().allMatch(o -> o.size() == 1)) {
            List<String> clash = own.stream().map(o -> o.get(0)).filter(given::contains).toList();
            String later = clash.stream().max((a, b) -> Integer.compare(f.keys().indexOf(a), f.keys().indexOf(b)))
                    .orElse(clash.get(0));
            d.error(f.get(later), f.path(later), "give either " + String.join(" or ", clash) + ", not both");
        } else {
            d.error(f.node(), f.path(), "give either " + String.join(", or ",
                    own.stream().map(o -> String.join(" and ", o)).toList()));
        }
    }

    private static double value(Fields f, Family.Param p) {
        return switch (p.kind()) {
            case DURATION -> f.positiveDuration(p.key(), 1);
            case DURATION_OR_ZERO -> f.duration(p.key(), 0);
            case NUMBER -> f.check(p.key(), Values.number(f.diagnostics(), f.get(p.key()), f.path(p.key())),
                    x -> x > 0 && Double.isFinite(x), "must be > 0").orElse(1.0);
        };
    }
}
