package zonesim.scenario;

import java.util.Optional;
import java.util.Set;
import zonesim.model.CommonCauseSpec;
import zonesim.model.Topology;

/**
 * Checks element paths used as targets (outages, common-cause members, overrides): the
 * paths of SPEC 4.2, plus {@code endpoint} (the global endpoint) and
 * {@code common_cause:NAME}, and for common-cause members {@code replica:*}.
 */
final class Targets {
    /** The global endpoint's path. */
    static final String ENDPOINT = "endpoint";
    /** The prefix of a common cause's path. */
    static final String COMMON_CAUSE = "common_cause:";

    private Targets() { }

    /** Why {@code path} names nothing, if it does not; {@code commonCauses} are the declared names. */
    static Optional<String> problem(String path, Topology topology, Set<String> replicas, Set<String> commonCauses,
                                    boolean member) {
        if (path.equals(ENDPOINT)) {
            return Optional.empty();
        }
        if (path.equals(CommonCauseSpec.ALL_REPLICAS)) {
            return member ? Optional.empty()
                    : Optional.of("'replica:*' names every replica only in a common cause's elements");
        }
        if (path.startsWith(COMMON_CAUSE)) {
            String name = path.substring(COMMON_CAUSE.length());
            if (member) {
                return Optional.of("a common cause may not list another common cause");
            }
            return commonCauses.contains(name) ? Optional.empty()
                    : Optional.of("there is no common cause named '" + name + "' in topology.common_cause"
                            + DidYouMean.hint(name, commonCauses));
        }
        try {
            return ElementPath.parse(path).problem(topology, replicas);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
