package zonesim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import zonesim.model.CommonCauseSpec;
import zonesim.model.FailureSpec;
import zonesim.model.ProcessKind;
import zonesim.model.Topology;

/**
 * {@code topology.common_cause} (SPEC 4.1a): a list of { name (letters, digits, '-', '_';
 * unique), elements (a non-empty list of element paths, {@code replica:*} or
 * {@code endpoint}), mttf | ttf, mttr | ttr (both required) }.
 */
final class CommonCauseReader {
    private static final List<String> KEYS = List.of("name", "elements", "mttf", "ttf", "mttr", "ttr");

    private CommonCauseReader() { }

    /** The declared names, in order (for checking targets before the specs are read). */
    static Set<String> names(Fields topology) {
        Set<String> out = new LinkedHashSet<>();
        Diagnostics quiet = new Diagnostics(topology.diagnostics().file(), "", false, new HashSet<>());
        for (Fields f : Fields.list(Fields.of(quiet, topology.node(), topology.path(), null), "common_cause", null)) {
            Node n = f.get("name");
            if (n instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s) {
                out.add(s.getValue());
            }
        }
        return out;
    }

    /** The common causes; elements are checked against {@code topology} and the replicas that ever exist. */
    static List<CommonCauseSpec> read(Fields topology, Topology topo, Set<String> replicas) {
        List<CommonCauseSpec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fields f : Fields.list(topology, "common_cause", KEYS)) {
            Diagnostics d = f.diagnostics();
            String name = f.require("name") ? Values.string(d, f.get("name"), f.path("name")).orElse(null) : null;
            if (name != null && !TopologyReader.REGION_NAME.matcher(name).matches()) {
                d.error(f.get("name"), f.path("name"), "a common cause's name may hold only letters, digits, '-' and"
                        + " '_' (it names its random stream and its path common_cause:NAME)");
                name = null;
            } else if (name != null && !seen.add(name)) {
                d.error(f.get("name"), f.path("name"), "common cause '" + name + "' is declared twice");
                name = null;
            }
            List<String> elements = elements(f, topo, replicas);
            for (String k : List.of("ttf", "ttr")) {
                if (!f.has(k) && !f.has("m" + k)) {
                    d.error(f.node(), f.path(), "missing 'm" + k + "' (or '" + k + "')");
                }
            }
            FailureSpec spec = FailuresReader.spec(d, f.node(), f.path(), ProcessKind.COMMON_CAUSE,
                    FailureSpec.NEVER_FAILS, List.of("name", "elements"));
            if (name != null && !elements.isEmpty()) {
                out.add(new CommonCauseSpec(name, elements, spec));
            }
        }
        return out;
    }

    private static List<String> elements(Fields f, Topology topo, Set<String> replicas) {
        Diagnostics d = f.diagnostics();
        List<String> out = new ArrayList<>();
        if (!f.require("elements")) {
            return out;
        }
        Node n = f.get("elements");
        if (!(n instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            d.error(n, f.path("elements"), "expected a non-empty list of element paths, such as [replica:*]");
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node e = seq.getValue().get(i);
            String path = Paths.item(f.path("elements"), i);
            Optional<String> text = Values.string(d, e, path);
            if (text.isEmpty()) {
                continue;
            }
            Optional<String> problem = Targets.problem(text.get(), topo, replicas, Set.of(), true);
            if (problem.isPresent()) {
                d.error(e, path, problem.get());
            } else if (out.contains(text.get())) {
                d.error(e, path, "'" + text.get() + "' is listed twice");
            } else {
                out.add(text.get());
            }
        }
        return out;
    }
}
