package zonesim.model;

import java.util.List;

/**
 * Clients in one region: Poisson pull and push rates per hour, optional preference order,
 * and the region's coordinates in degrees (from the topology or the built-in catalogue; NaN
 * when unknown) for nearest-first routing.
 */
public record ClientSpec(String region, double pullsPerHour, double pushesPerHour, List<String> prefer,
                         double latitude, double longitude) {
    public ClientSpec {
        prefer = prefer == null ? List.of() : List.copyOf(prefer);
    }

    /** Clients without known coordinates (NaN). */
    public ClientSpec(String region, double pullsPerHour, double pushesPerHour, List<String> prefer) {
        this(region, pullsPerHour, pushesPerHour, prefer, Double.NaN, Double.NaN);
    }
}
