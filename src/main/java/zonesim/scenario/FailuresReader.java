package zonesim.scenario;

import zonesim.distribution.Hours;
import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import zonesim.distribution.Never;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import zonesim.model.Backup;
import zonesim.distribution.Distribution;
import zonesim.model.FailureSpec;
import zonesim.model.ProcessKind;
import zonesim.model.Topology;

/**
 * {@code topology.failures} (defaults per process kind, merged over the built-in defaults) and
 * {@code topology.overrides} (per element path, merged key by key over the kind's default;
 * {@code common_cause:NAME} and {@code endpoint} over their own spec).
 */
final class FailuresReader {
    private static final double H = 1;
    private static final double Y = Hours.PER_YEAR;

    /**
     * Built-in defaults (exponential): power mttf 1y / mttr 4h; cooling 2y / 12h, no
     * ride-through; network 4mo / 1h; zone 5y / 6h; region 10y / 12h; replica 1y / 90m;
     * destruction never (rebuild 30d fixed, used once a ttf is given).
     */
    static final Map<ProcessKind, FailureSpec> BUILT_IN = Map.of(
            ProcessKind.POWER, FailureSpec.exponential(1 * Y, 4 * H),
            ProcessKind.COOLING, FailureSpec.exponential(2 * Y, 12 * H),
            ProcessKind.NETWORK, FailureSpec.exponential(4 * Hours.PER_MONTH, 1 * H),
            ProcessKind.DESTRUCTION, new FailureSpec(Distribution.NEVER, new Fixed(30 * 24), 0, null),
            ProcessKind.ZONE, FailureSpec.exponential(5 * Y, 6 * H),
            ProcessKind.REGION, FailureSpec.exponential(10 * Y, 12 * H),
            ProcessKind.REPLICA, FailureSpec.exponential(1 * Y, 1.5 * H));

    /** Backup used when {@code backup} is given without a key: 3% fail to start, runtime exponential mean 1500h. */
    static final Backup DEFAULT_BACKUP = new Backup(0.03, new Exponential(1500));

    private static final List<String> KINDS = List.of("datacenter", "zone", "region", "replica");
    private static final List<String> DC_KINDS = List.of("power", "cooling", "network", "destruction");
    private static final List<String> BACKUP_KEYS = List.of("fail_to_start", "runtime");

    private FailuresReader() { }

    /** The per-kind defaults after applying {@code topology.failures}. */
    static Map<ProcessKind, FailureSpec> defaults(Fields topology) {
        Map<ProcessKind, FailureSpec> out = new EnumMap<>(BUILT_IN);
        if (!topology.has("failures")) {
            return out;
        }
        Diagnostics d = topology.diagnostics();
        Fields f = Fields.of(d, topology.get("failures"), topology.path("failures"), KINDS);
        Fields dc = Fields.of(d, f.get("datacenter"), f.path("datacenter"), DC_KINDS);
        for (ProcessKind k : ProcessKind.values()) {
            if (!k.hasDefault()) {
                continue;
            }
            Fields parent = k.perDatacenter() ? dc : f;
            if (parent.has(k.key())) {
                out.put(k, spec(d, parent.get(k.key()), parent.path(k.key()), k, BUILT_IN.get(k)));
            }
        }
        return out;
    }

    /** {@code topology.overrides}: fully merged specs by element path. */
    static Map<String, FailureSpec> overrides(Fields topology, Topology topo, Set<String> replicaRegions,
                                              Map<ProcessKind, FailureSpec> defaults, Map<String, FailureSpec> specials) {
        Map<String, FailureSpec> out = new LinkedHashMap<>();
        Diagnostics d = topology.diagnostics();
        Fields f = Fields.of(d, topology.get("overrides"), topology.path("overrides"), null);
        for (String key : f.keys()) {
            Node keyNode = f.keyNode(key);
            if (specials.containsKey(key)) { // common_cause:NAME or endpoint, over its own spec
                ProcessKind k = key.equals(Targets.ENDPOINT) ? ProcessKind.ENDPOINT : ProcessKind.COMMON_CAUSE;
                out.put(key, spec(d, f.get(key), f.path(key), k, specials.get(key)));
                continue;
            }
            if (key.startsWith(Targets.COMMON_CAUSE)) {
                String name = key.substring(Targets.COMMON_CAUSE.length());
                d.error(keyNode, f.path(key), "there is no common cause named '" + name + "' in topology.common_cause");
                continue;
            }
            ElementPath p;
            try {
                p = ElementPath.parse(key);
            } catch (IllegalArgumentException e) {
                d.error(keyNode, f.path(key), e.getMessage());
                continue;
            }
            Optional<ProcessKind> kind = p.processKind();
            Optional<String> problem = p.problem(topo, replicaRegions);
            if (problem.isPresent()) {
                d.error(keyNode, f.path(key), problem.get());
            } else if (kind.isEmpty()) {
                // a datacenter path (SPEC 4.2) holds its processes: { power: {...}, cooling: {...}, ... }
                Fields dc = Fields.of(d, f.get(key), f.path(key), DC_KINDS);
                for (String process : DC_KINDS) {
                    if (dc.has(process)) {
                        ProcessKind k = ProcessKind.valueOf(process.toUpperCase(java.util.Locale.ROOT));
                        out.put(key + "/" + process, spec(d, dc.get(process), dc.path(process), k, defaults.get(k)));
                    }
                }
            } else {
                out.put(key, spec(d, f.get(key), f.path(key), kind.get(), defaults.get(kind.get())));
            }
        }
        return out;
    }

    /** Reads a (partial) process spec at {@code node}, merged key by key over {@code base}. */
    static FailureSpec spec(Diagnostics d, Node node, String path, ProcessKind kind, FailureSpec base) {
        return spec(d, node, path, kind, base, List.of());
    }

    /** As {@link #spec(Diagnostics, Node, String, ProcessKind, FailureSpec)}, allowing {@code otherKeys} in the map too. */
    static FailureSpec spec(Diagnostics d, Node node, String path, ProcessKind kind, FailureSpec base,
                            List<String> otherKeys) {
        List<String> allowed = new java.util.ArrayList<>(keys(kind));
        allowed.addAll(otherKeys);
        Fields f = Fields.of(d, node, path, allowed);
        Distribution ttf = time(f, "mttf", "ttf", base.ttf());
        Distribution ttr = kind == ProcessKind.DESTRUCTION ? f.distribution("rebuild", base.ttr())
                : time(f, "mttr", "ttr", base.ttr());
        if (ttr instanceof Never) {
            String key = kind == ProcessKind.DESTRUCTION ? "rebuild" : f.has("ttr") ? "ttr" : "mttr";
            d.error(f.get(key), f.path(key), "a repair time may not be never");
            ttr = base.ttr();
        }
        double rideThrough = f.duration("ride_through", base.rideThroughHours());
        Backup backup = f.has("backup") ? backup(f, base.backup()) : base.backup();
        FailureSpec spec = new FailureSpec(ttf, ttr, rideThrough, backup);
        Sanity.failure(f, spec);
        return spec;
    }

    private static List<String> keys(ProcessKind kind) {
        switch (kind) {
            case POWER: return List.of("mttf", "ttf", "mttr", "ttr", "backup");
            case COOLING: return List.of("mttf", "ttf", "mttr", "ttr", "ride_through");
            case DESTRUCTION: return List.of("mttf", "ttf", "rebuild");
            default: return List.of("mttf", "ttf", "mttr", "ttr");
        }
    }

    /** {@code mttf: X} (exponential mean X, or never) or {@code ttf: distribution}, not both. */
    private static Distribution time(Fields f, String meanKey, String distKey, Distribution base) {
        if (f.has(meanKey) && f.has(distKey)) {
            String later = f.keys().indexOf(meanKey) > f.keys().indexOf(distKey) ? meanKey : distKey;
            f.diagnostics().error(f.keyNode(later), f.path(later), "give either " + meanKey + " or " + distKey
                    + ", not both");
            return base;
        }
        if (f.has(distKey)) {
            return f.distribution(distKey, base);
        }
        if (!f.has(meanKey)) {
            return base;
        }
        Node n = f.get(meanKey);
        Optional<String> text = Values.text(f.diagnostics(), n, f.path(meanKey), "a duration or 'never'");
        if (text.isPresent() && text.get().equals("never")) {
            return Distribution.NEVER; // a never repair is reported by the caller
        }
        return text.isEmpty() ? base : f.check(meanKey, Values.duration(f.diagnostics(), n, f.path(meanKey)),
                x -> x > 0, "must be > 0").<Distribution>map(Exponential::new).orElse(base);
    }

    private static Backup backup(Fields f, Backup base) {
        Node n = f.get("backup");
        if (Values.isNull(n) || n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s && s.getValue().equals("none")) {
            return null;
        }
        Backup start = base == null ? DEFAULT_BACKUP : base;
        Fields b = Fields.of(f.diagnostics(), n, f.path("backup"), BACKUP_KEYS);
        return new Backup(b.probability("fail_to_start", start.failToStart()), b.distribution("runtime", start.runtime()));
    }
}
