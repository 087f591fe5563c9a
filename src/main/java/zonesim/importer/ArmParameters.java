package zonesim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * An ARM parameters file ({@code azuredeploy.parameters.json}, or what {@code bicep
 * build-params} writes): {@code { "$schema": ".../deploymentParameters.json#",
 * "parameters": { "name": { "value": ... } } }}. Its values apply to every template imported
 * with it; Key Vault references are left unresolved.
 */
final class ArmParameters {
    private ArmParameters() { }

    /** True iff {@code root} is a parameters file. */
    static boolean accepts(JsonNode root) {
        if (!root.isObject() || root.has("resources")) {
            return false;
        }
        if (root.path("$schema").asText("").toLowerCase(Locale.ROOT).contains("deploymentparameters")) {
            return true;
        }
        JsonNode params = root.path("parameters");
        if (!params.isObject() || params.size() == 0) {
            return false;
        }
        for (JsonNode p : params) {
            if (!p.isObject() || !(p.has("value") || p.has("reference"))) {
                return false;
            }
        }
        return true;
    }

    /** Adds each parameter value of {@code doc} to {@code values}, and its origin to {@code sources}. */
    static void read(JsonDoc doc, Map<String, JsonNode> values, Map<String, String> sources, Found found) {
        JsonNode params = doc.root().path("parameters");
        for (Iterator<String> it = params.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            String p = JsonDoc.child("/parameters", name);
            JsonNode v = params.get(name);
            if (v.has("value")) {
                values.put(name, v.get("value"));
                sources.put(name, doc.origin(p + "/value").cite());
            } else {
                found.notice(doc.origin(p), "parameter '" + name + "' is a Key Vault reference; not resolved");
            }
        }
    }
}
