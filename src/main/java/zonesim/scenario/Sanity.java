package zonesim.scenario;

import java.util.Locale;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import zonesim.distribution.Hours;
import zonesim.model.FailureSpec;

/**
 * Warnings (not errors) for values that are legal but almost surely slips: a time to
 * failure written in minutes ({@code m}) where months ({@code mo}) are typical, a time to
 * failure shorter than its repair, too few replications for an interval.
 */
final class Sanity {
    /** A number followed by the minutes unit, e.g. {@code 8m} or {@code 1.5 m}. */
    private static final Pattern MINUTES = Pattern.compile("[-+]?[0-9.]{1,30}(?:[eE][-+]?[0-9]{1,5})?\\s?m");
    /** Fewer replications than this make Student-t intervals unreliable. */
    static final int FEW_REPLICATIONS = 20;

    private Sanity() { }

    /** Checks one failure process spec read at {@code f}. */
    static void failure(Fields f, FailureSpec spec) {
        Diagnostics d = f.diagnostics();
        for (String key : new String[] {"mttf", "ttf"}) {
            Node minutes = minutes(f.get(key));
            if (minutes != null) {
                d.warning(minutes, f.path(key), "'" + ((ScalarNode) minutes).getValue().trim() + "' is in minutes"
                        + " (m); a time to failure is usually months: write 'mo' for months");
            }
        }
        double up = spec.ttf().meanHours();
        double down = spec.ttr().meanHours();
        String key = f.has("mttf") ? "mttf" : f.has("ttf") ? "ttf" : null;
        if (key != null && Double.isFinite(up) && up < down) {
            d.warning(f.get(key), f.path(key), "the mean time to failure (" + Hours.describe(up) + ") is shorter than"
                    + " the mean repair (" + Hours.describe(down) + "): the element would be down "
                    + String.format(Locale.ROOT, "%.3g%%", 100 * down / (up + down)) + " of the time");
        }
    }

    /** Too few replications for the confidence intervals to mean much. */
    static void replications(Fields root, int replications) {
        if (root.has("replications") && replications < FEW_REPLICATIONS) {
            root.diagnostics().warning(root.get("replications"), root.path("replications"), replications
                    + " replication(s) give unreliable confidence intervals; use at least " + FEW_REPLICATIONS);
        }
    }

    /** The first scalar at or under {@code n} (a distribution's parameters) written in minutes, or null. */
    private static Node minutes(Node n) {
        if (n instanceof ScalarNode s) {
            return MINUTES.matcher(s.getValue().trim()).matches() ? s : null;
        }
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                Node found = minutes(t.getValueNode());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
