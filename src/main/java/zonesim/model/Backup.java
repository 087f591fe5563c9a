package zonesim.model;

import zonesim.distribution.Distribution;

/**
 * Backup power behind a utility feed (SPEC 4.1): on a utility failure the backup fails to
 * start with probability {@code failToStart}; otherwise it runs for a time drawn from
 * {@code runtime} and the datacenter loses power if that ends before the utility repair.
 */
public record Backup(double failToStart, Distribution runtime) {
    public Backup {
        if (!(failToStart >= 0 && failToStart <= 1)) {
            throw new IllegalArgumentException("fail_to_start must be in [0, 1]");
        }
    }
}
