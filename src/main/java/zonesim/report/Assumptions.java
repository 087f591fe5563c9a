package zonesim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Which configurations are what-ifs rather than designs. A configuration that changes only
 * what the registry owner decides (its replicas and their placement, zone redundancy,
 * routing settings, SKU, timed changes) is a choice; one that also changes what the world
 * does (failure processes, common causes, the endpoint's own failures, replication lags,
 * clients, prices, injected outages, the run itself) shows what the model would claim under
 * other assumptions, and cannot be bought. The report marks those and keeps them out of the
 * cheapest-for-its-availability frontier.
 */
final class Assumptions {
    /** Parameter keys (from {@code inputs.configurations[].changed}) that are the owner's to choose. */
    private static final List<String> DESIGN = List.of("registry.", "routing.detection", "routing.dns_ttl",
            "routing.recovery_detection", "changes");

    /** What a what-if's label carries after its name. */
    static final String MARK = " (what-if)";

    private Assumptions() { }

    /** The assumption parameters configuration {@code c} changes from the baseline (empty for a design). */
    static List<String> changed(SummaryDoc s, String c) {
        List<String> out = new ArrayList<>();
        for (Object o : SummaryDoc.list(s.inputs(c).get("changed"))) {
            String key = String.valueOf(SummaryDoc.map(o).get("parameter"));
            if (DESIGN.stream().noneMatch(d -> key.equals(d) || d.endsWith(".") && key.startsWith(d)
                    || key.startsWith(d + "."))) {
                out.add(key);
            }
        }
        return out;
    }

    /** True when {@code c} changes an assumption, not only the design. */
    static boolean whatIf(SummaryDoc s, String c) {
        return !changed(s, c).isEmpty();
    }

    /** {@code c}, marked when it is a what-if. */
    static String label(SummaryDoc s, String c) {
        return whatIf(s, c) ? c + MARK : c;
    }

    /** One sentence per what-if configuration saying what it assumes differently; empty when there is none. */
    static List<String> notes(SummaryDoc s) {
        List<String> out = new ArrayList<>();
        for (String c : s.configurations()) {
            List<String> keys = changed(s, c);
            if (!keys.isEmpty()) {
                out.add(c + MARK + " assumes something other than the baseline (" + String.join(", ", keys)
                        + "), not only another design: it shows what the model would claim under that assumption,"
                        + " not an option to choose, and is left out of the cheapest-for-its-availability choices.");
            }
        }
        return out;
    }
}
