package zonesim.whatif;

import java.util.List;
import zonesim.model.Parameter;
import zonesim.model.WhatIf;

/**
 * Where two configurations change places on a metric along one swept parameter (the other
 * parameter of a two-parameter sweep held at {@code at}): the parameter value
 * {@code estimate}, and an interval {@code [low, high]} that holds the change. Exactly
 * computed ({@code exact}), the interval is the final bracket of a bisection on the exact
 * difference, so it holds a root of it; simulated, it runs from the last grid point where
 * one configuration is significantly better (paired difference on common random numbers)
 * to the first where the other is. {@code belowBetter} is the better configuration below the change,
 * {@code aboveBetter} above it.
 */
public record Crossover(String metric, Parameter along, List<WhatIf.Setting> at, String belowBetter,
                        String aboveBetter, double estimate, double low, double high, boolean exact) {
    public Crossover {
        at = List.copyOf(at);
    }
}
