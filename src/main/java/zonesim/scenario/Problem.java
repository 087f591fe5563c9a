package zonesim.scenario;

/**
 * One problem found in a scenario file, located by 1-based line and column and by the
 * dotted YAML path of the offending value ({@code registry.replicas.eastus.placement},
 * {@code outages[0].duration}).
 */
public record Problem(String file, int line, int column, String yamlPath, String message) {

    /** {@code file:line:col: yaml.path: message}, or {@code file:line:col: message} without a path. */
    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column + ": ";
        return yamlPath == null || yamlPath.isEmpty() ? where + message : where + yamlPath + ": " + message;
    }
}
