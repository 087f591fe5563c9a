package zonesim.model;

import java.util.List;

/**
 * Clients in one region: Poisson pull and push rates per hour, an optional explicit
 * replica preference order, and the region's coordinates in degrees (NaN when unknown:
 * then preference falls back to the client's own region, then declaration order).
 */
public record ClientSpec(String region, double pullsPerHour, double pushesPerHour, List<String> prefer,
                         double latitude, double longitude) {
    public ClientSpec {
        prefer = prefer == null ? List.of() : List.copyOf(prefer);
        if (!(pullsPerHour >= 0) || !(pushesPerHour >= 0)) {
            throw new IllegalArgumentException("request rates must be >= 0");
        }
    }

    /** Clients without known coordinates. */
    public ClientSpec(String region, double pullsPerHour, double pushesPerHour, List<String> prefer) {
        this(region, pullsPerHour, pushesPerHour, prefer, Double.NaN, Double.NaN);
    }
}
