package zonesim.scenario;

/** Builders of the dotted YAML paths used in problems ({@code outages[0].duration}). */
final class Paths {
    private Paths() { }

    /** {@code parent.key}, or {@code key} at the root. */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** {@code parent[index]}. */
    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
