package zonesim.scenario;

/**
 * One problem found in a scenario file, located by 1-based line and column and by the
 * dotted YAML path of the offending value ({@code registry.replicas.eastus.placement},
 * {@code outages[0].duration}). Every part is made printable on one line of bounded length
 * ({@link Echo}): whatever the input holds, a problem can neither split its line nor send
 * control characters to the terminal.
 */
public record Problem(String file, int line, int column, String yamlPath, String message) {
    /** Longest file name shown. */
    public static final int FILE_LENGTH = 300;
    /** Longest YAML path shown. */
    public static final int PATH_LENGTH = 200;
    /** Longest message shown. */
    public static final int MESSAGE_LENGTH = 400;
    /** Longest line {@link #toString} can return: the three parts, two 10-digit numbers and separators. */
    public static final int MAX_LINE = FILE_LENGTH + PATH_LENGTH + MESSAGE_LENGTH + 40 + 2 * 30;

    public Problem {
        file = Echo.line(file, FILE_LENGTH);
        yamlPath = yamlPath == null ? "" : Echo.line(yamlPath, PATH_LENGTH);
        message = Echo.line(message, MESSAGE_LENGTH);
    }

    /** {@code file:line:col: yaml.path: message}, or {@code file:line:col: message} without a path. */
    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column + ": ";
        return yamlPath == null || yamlPath.isEmpty() ? where + message : where + yamlPath + ": " + message;
    }
}
