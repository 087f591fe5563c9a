package zonesim.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What the readers find in the input files, before a registry is chosen and its replicas
 * attached: registries, replications (each naming its registry when the input says), and
 * the notices met on the way.
 */
final class Found {
    /**
     * A registry definition at {@code at}, its name given at {@code nameAt}; {@code replicas} are
     * those it declares itself (Terraform georeplications).
     */
    record Registry(String name, Origin at, Origin nameAt, String source, Sourced<String> sku, Sourced<String> location,
                    Sourced<Boolean> zoneRedundant, List<Replica> replicas) {
        Registry {
            replicas = List.copyOf(replicas);
        }
    }

    /**
     * A replication (geo-replica): {@code registry} is its registry's name as the input gives it
     * (null when unknown); {@code location} is the region as written, null when it could not be
     * resolved (the {@code via} of its Sourced then says why); null flags were not given.
     */
    record Replica(String registry, Origin at, Sourced<String> location, Sourced<Boolean> zoneRedundant,
                   Sourced<Boolean> routing) { }

    private final List<Registry> registries = new ArrayList<>();
    private final List<Replica> replicas = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    /** Records a registry. */
    void add(Registry r) {
        registries.add(r);
    }

    /** Records a replication found apart from its registry. */
    void add(Replica r) {
        replicas.add(r);
    }

    /** Records a notice, {@code file:line:col: /pointer: notice: message}. */
    void notice(Origin at, String message) {
        String line = at.where() + "notice: " + message;
        if (!notices.contains(line)) {
            notices.add(line);
        }
    }

    /** The registries found, in input order. */
    List<Registry> registries() {
        return registries;
    }

    /** The separate replications found, in input order. */
    List<Replica> replicas() {
        return replicas;
    }

    /** The notices so far. */
    List<String> notices() {
        return notices;
    }
}
