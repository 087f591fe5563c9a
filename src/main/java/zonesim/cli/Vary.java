package zonesim.cli;

import java.util.Arrays;
import java.util.List;

/**
 * {@code --vary PATH=VALUES} as the YAML of one sweep parameter: {@code V1,V2,..} listed
 * values, {@code FROM..TO[:STEPS][:log|:linear]} a range, and {@code FROMx..TOx[:STEPS]} a
 * factor on the scenario's own value. The scenario loader checks the result like the file.
 */
final class Vary {
    private Vary() { }

    /** The flow mapping for {@code spec}; UserError when it has no {@code =}. */
    static String yaml(String spec) throws UserError {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new UserError("--vary " + spec + ": expected PATH=VALUES, e.g. topology.failures.zone.mttr=1h..48h:9:log",
                    Main.INVALID);
        }
        String path = spec.substring(0, eq).trim();
        String values = spec.substring(eq + 1).trim();
        StringBuilder sb = new StringBuilder("{ path: ").append(WhatIfOptions.quote(path));
        int range = values.indexOf("..");
        if (range < 0) {
            List<String> items = Arrays.stream(values.split(",")).map(String::trim).toList();
            return sb.append(", values: ").append(WhatIfOptions.list(items)).append(" }").toString();
        }
        String[] tail = values.substring(range + 2).split(":");
        String from = values.substring(0, range).trim();
        String to = tail[0].trim();
        boolean factor = from.endsWith("x") && to.endsWith("x");
        if (factor) {
            from = from.substring(0, from.length() - 1);
            to = to.substring(0, to.length() - 1);
        }
        sb.append(factor ? ", factor: " : ", range: ").append(WhatIfOptions.list(List.of(from, to)));
        for (int i = 1; i < tail.length; i++) {
            String t = tail[i].trim();
            sb.append(t.equals("log") || t.equals("linear") ? ", scale: " : ", steps: ").append(WhatIfOptions.quote(t));
        }
        return sb.append(" }").toString();
    }
}
