package zonesim.scenario;

import java.util.regex.Pattern;

/**
 * The names a scenario gives to things that become folder names, CSV cells and metric
 * paths: the scenario's {@code name} (its results folder) and configuration names. Both are
 * letters, digits, '-' and '_' (like region names), starting with a letter or digit; a
 * scenario name may also hold '.' after its first character. At most {@link #MAX_LENGTH}
 * characters, so that every results and staging folder name stays within file-system limits.
 */
final class Names {
    /** Longest scenario or configuration name. */
    static final int MAX_LENGTH = 100;

    private static final Pattern SCENARIO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*+");
    private static final Pattern CONFIGURATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*+");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private Names() { }

    /** Why {@code name} cannot name a scenario, or null if it can. */
    static String scenarioProblem(String name) {
        if (name.length() > MAX_LENGTH) {
            return "a scenario name names its results folder: at most " + MAX_LENGTH + " characters, got "
                    + name.length();
        }
        return SCENARIO.matcher(name).matches() ? null : "a scenario name names its results folder: use letters,"
                + " digits, '-', '_' and '.' (not first), got " + Echo.quote(name);
    }

    /** Why {@code name} cannot name a configuration, or null if it can. */
    static String configurationProblem(String name) {
        if (name.length() > MAX_LENGTH) {
            return "configuration names may have at most " + MAX_LENGTH + " characters, got " + name.length();
        }
        return CONFIGURATION.matcher(name).matches() ? null
                : "configuration names may contain only letters, digits, '-' and '_', got " + Echo.quote(name);
    }

    /**
     * A valid scenario name made from a file's base name (the default when the file gives none):
     * each other character becomes '_', what precedes the first letter or digit is dropped, and
     * the rest is cut to {@link #MAX_LENGTH} ({@code scenario} if nothing is left).
     */
    static String fromFileName(String baseName) {
        String s = UNSAFE.matcher(baseName).replaceAll("_");
        int start = 0;
        while (start < s.length() && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        s = s.substring(start, Math.min(s.length(), start + MAX_LENGTH));
        return s.isEmpty() ? "scenario" : s;
    }
}
