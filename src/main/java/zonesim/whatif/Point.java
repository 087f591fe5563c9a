package zonesim.whatif;

import java.util.List;
import java.util.Map;
import zonesim.metrics.Interval;
import zonesim.model.WhatIf;

/**
 * What was computed at one point of a study (a sweep grid point, a tornado end, a world):
 * the settings, each configuration's cells by metric, and the paired differences between
 * configurations ({@code differences.get(a).get(b).get(metric)} is a - b; exact where both
 * cells are, else from the simulation on common random numbers).
 */
public record Point(List<WhatIf.Setting> settings, Map<String, Map<String, Cell>> cells,
                    Map<String, Map<String, Map<String, Interval>>> differences) {
    public Point {
        settings = List.copyOf(settings);
    }

    /** The cell of {@code metric} of {@code configuration}. */
    public Cell cell(String configuration, String metric) {
        return cells.getOrDefault(configuration, Map.of()).getOrDefault(metric, Cell.MISSING);
    }

    /** The difference a - b of {@code metric}. */
    public Interval difference(String a, String b, String metric) {
        return differences.get(a).get(b).get(metric);
    }

    /** The value of setting {@code k}. */
    public double value(int k) {
        return settings.get(k).value();
    }
}
