package zonesim.exact;

/**
 * Exact figures of one client region whose requests can only go to one replica (so routing
 * delays play no part): pull and push unavailability through the global endpoint
 * (failover windows included), and its request rates per hour.
 */
public record ClientFigures(String region, double pullUnavailability, double pushUnavailability,
                            double pullsPerHour, double pushesPerHour) { }
