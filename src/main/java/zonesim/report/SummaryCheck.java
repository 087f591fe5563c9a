package zonesim.report;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the report needs of summary.json, checked before anything is drawn so that a damaged
 * or foreign file gives one clear line instead of a parser's or a chart library's message:
 * nesting no deeper than {@link #MAX_DEPTH} (the parser recurses per level), a JSON object
 * with a non-empty list of named configurations and a confidence level, and sane run
 * parameters where given.
 */
final class SummaryCheck {
    /** Deepest nesting accepted (summary.json written by zonesim is about 8 deep). */
    static final int MAX_DEPTH = 64;
    /** Largest summary.json read, in bytes. */
    static final long MAX_BYTES = 256L << 20;

    private SummaryCheck() { }

    /** The deepest nesting of objects and arrays in JSON text (brackets outside strings); a linear scan. */
    static int depth(String json) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    /** Why {@code root} cannot be drawn from, or null if it can. */
    static String problem(Map<?, ?> root) {
        if (!(root.get("configurations") instanceof List<?> configs)) {
            return root.containsKey("configurations") ? "'configurations' is not a list" : "'configurations' is missing";
        }
        if (configs.isEmpty()) {
            return "'configurations' is empty";
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < configs.size(); i++) {
            if (!(configs.get(i) instanceof Map<?, ?> c) || !(c.get("name") instanceof String name) || name.isEmpty()) {
                return "configurations[" + i + "] has no name";
            }
            if (!names.add(name)) {
                return "configurations[" + i + "] repeats the name of an earlier configuration";
            }
        }
        if (!(number(root, "confidence") > 0 && number(root, "confidence") < 1)) {
            return "'confidence' must be a number strictly between 0 and 1";
        }
        if (root.get("replications") != null
                && !(number(root, "replications") >= 1 && number(root, "replications") <= Integer.MAX_VALUE)) {
            return "'replications' must be a whole number >= 1";
        }
        if (root.get("horizon_hours") != null
                && !(number(root, "horizon_hours") > 0 && Double.isFinite(number(root, "horizon_hours")))) {
            return "'horizon_hours' must be a number > 0";
        }
        for (String list : List.of("comparisons", "phases")) {
            if (root.get(list) != null && !(root.get(list) instanceof List<?>)) {
                return "'" + list + "' is not a list";
            }
        }
        return null;
    }

    private static double number(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
