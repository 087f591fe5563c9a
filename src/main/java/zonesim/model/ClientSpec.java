package zonesim.model;

import java.util.List;

/** Clients in one region: Poisson pull and push rates per hour, optional preference order. */
public record ClientSpec(String region, double pullsPerHour, double pushesPerHour, List<String> prefer) {
    public ClientSpec {
        prefer = prefer == null ? List.of() : List.copyOf(prefer);
    }
}
