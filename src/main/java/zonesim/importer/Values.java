package zonesim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Reading the few registry values zonesim uses from a JSON value, whatever the source:
 * null when the value is absent; a {@link Sourced} with a null value and the reason in
 * {@code via} when it is present but unusable (the assembler then assumes a default and
 * says so); otherwise the value with its origin.
 */
final class Values {
    private Values() { }

    /** True iff {@code v} is absent or JSON null. */
    static boolean absent(JsonNode v) {
        return v == null || v.isMissingNode() || v.isNull();
    }

    /** {@code zoneRedundancy: "Enabled" | "Disabled"} (any case; a boolean is taken as written). */
    static Sourced<Boolean> zoneRedundancy(JsonNode v, Origin at, String via) {
        if (absent(v)) {
            return null;
        }
        if (v.isBoolean()) {
            return Sourced.read(v.asBoolean(), at, via);
        }
        String s = v.asText().strip();
        if (s.equalsIgnoreCase("Enabled")) {
            return Sourced.read(true, at, via);
        }
        if (s.equalsIgnoreCase("Disabled")) {
            return Sourced.read(false, at, via);
        }
        return Sourced.unresolved(at, "zoneRedundancy '" + ArmScope.display(s) + "' is neither Enabled nor Disabled");
    }

    /** A boolean flag; the strings "true" and "false" are accepted too. */
    static Sourced<Boolean> flag(JsonNode v, Origin at, String via, String name) {
        if (absent(v)) {
            return null;
        }
        if (v.isBoolean()) {
            return Sourced.read(v.asBoolean(), at, via);
        }
        String s = v.asText().strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Sourced.read(s.equals("true"), at, via);
        }
        return Sourced.unresolved(at, name + " '" + ArmScope.display(v.asText()) + "' is not true or false");
    }

    /** A string value (a region or SKU name). */
    static Sourced<String> text(JsonNode v, Origin at, String via, String name) {
        if (absent(v)) {
            return null;
        }
        if (v.isTextual() && !v.asText().isBlank()) {
            return Sourced.read(v.asText(), at, via);
        }
        return Sourced.unresolved(at, name + " is " + (v.isTextual() ? "empty" : "not a string: " + v));
    }
}
