package zonesim.model;

import zonesim.distribution.Distribution;
import zonesim.distribution.LogNormal;

/** Asynchronous copy lags of a push (SPEC 4.6). */
public record ReplicationSpec(Distribution zoneLag, Distribution geoLag) {
    /** Defaults: lognormal medians 30 s (zone) and 60 s (geo), sigma 1.5. */
    public static final ReplicationSpec DEFAULT = new ReplicationSpec(
            LogNormal.ofMedian(30.0 / 3600, 1.5), LogNormal.ofMedian(60.0 / 3600, 1.5));
}
