package zonesim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Azure CLI and REST output: {@code az acr show} (one registry object), {@code az acr list}
 * (an array of them), {@code az acr replication list} / {@code show} (replication objects),
 * and any array mixing them (both outputs concatenated, nested arrays read in order). The CLI
 * flattens {@code properties} ({@code zoneRedundancy} at the top); REST and
 * {@code az resource show} keep it under {@code properties}; both are read.
 */
final class AzCliReader {
    static final String REGISTRY_TYPE = "Microsoft.ContainerRegistry/registries";
    static final String REPLICATION_TYPE = "Microsoft.ContainerRegistry/registries/replications";
    private static final Pattern PARENT = Pattern.compile("(?i)/registries/([^/]+)/replications/");

    private AzCliReader() { }

    /**
     * True iff {@code root} looks like CLI output: a registry or replication object, an array holding
     * one, or an empty array (a list with nothing in it).
     */
    static boolean accepts(JsonNode root) {
        if (root.isObject()) {
            return kind(root) != null;
        }
        if (root.isArray()) {
            if (root.size() == 0) {
                return true;
            }
            for (JsonNode n : root) {
                if (accepts(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads every registry and replication in {@code doc}. */
    static void read(JsonDoc doc, Found found) throws ImportException {
        List<String> pointers = new ArrayList<>();
        objects(doc, doc.root(), "", pointers);
        for (String p : pointers) {
            JsonNode o = doc.at(p);
            String kind = kind(o);
            if (kind == null) {
                found.notice(doc.origin(p), "not a container registry or replication (type "
                        + o.path("type").asText("not given") + "); ignored");
            } else if (kind.equals(REGISTRY_TYPE)) {
                found.add(registry(doc, p, o));
                Unmodelled.registry(doc, p, o, found);
                Unmodelled.registry(doc, p + "/properties", o.path("properties"), found);
            } else {
                found.add(replica(doc, p, o));
                Unmodelled.replication(doc, p, o, found);
            }
        }
    }

    private static void objects(JsonDoc doc, JsonNode n, String p, List<String> out) throws ImportException {
        if (n.isObject()) {
            out.add(p);
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                objects(doc, n.get(i), JsonDoc.item(p, i), out);
            }
        } else {
            throw doc.error(p, "expected a registry or replication object, got " + describe(n));
        }
    }

    /** The resource type of a CLI object, or null if it is neither a registry nor a replication. */
    private static String kind(JsonNode o) {
        String type = o.path("type").asText("");
        if (type.equalsIgnoreCase(REGISTRY_TYPE) || (type.isEmpty() && o.has("loginServer"))) {
            return REGISTRY_TYPE;
        }
        if (type.equalsIgnoreCase(REPLICATION_TYPE)) {
            return REPLICATION_TYPE;
        }
        return null;
    }

    private static Found.Registry registry(JsonDoc doc, String p, JsonNode o) throws ImportException {
        String name = requiredText(doc, p, o, "name");
        Sourced<String> location = Values.text(o.get("location"), doc.origin(JsonDoc.child(p, "location")), "", "location");
        if (location == null) {
            throw doc.error(p, "registry '" + name + "' has no location");
        }
        JsonNode sku = o.path("sku");
        Sourced<String> skuName = Values.text(sku.get("name"), doc.origin(p + "/sku/name"), "", "sku.name");
        if (skuName == null) {
            throw doc.error(sku.isMissingNode() ? p : p + "/sku", "registry '" + name + "' has no sku.name");
        }
        return new Found.Registry(name, doc.origin(p), doc.origin(p + "/name"), "az CLI", skuName, location,
                flagOrProperty(doc, p, o, "zoneRedundancy"), List.of());
    }

    private static Found.Replica replica(JsonDoc doc, String p, JsonNode o) throws ImportException {
        Sourced<String> location = Values.text(o.get("location"), doc.origin(JsonDoc.child(p, "location")), "", "location");
        if (location == null) {
            throw doc.error(p, "replication '" + o.path("name").asText("?") + "' has no location");
        }
        Matcher m = PARENT.matcher(o.path("id").asText(""));
        String registry = m.find() ? m.group(1) : null;
        return new Found.Replica(registry, doc.origin(p), location, flagOrProperty(doc, p, o, "zoneRedundancy"),
                flagOrProperty(doc, p, o, "regionEndpointEnabled"));
    }

    /** A flag at the top of the object (CLI) or under {@code properties} (REST). */
    private static Sourced<Boolean> flagOrProperty(JsonDoc doc, String p, JsonNode o, String key) {
        String at = o.has(key) ? JsonDoc.child(p, key) : p + "/properties/" + key;
        JsonNode v = o.has(key) ? o.get(key) : o.path("properties").get(key);
        return key.equals("zoneRedundancy") ? Values.zoneRedundancy(v, doc.origin(at), "")
                : Values.flag(v, doc.origin(at), "", key);
    }

    private static String requiredText(JsonDoc doc, String p, JsonNode o, String key) throws ImportException {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw doc.error(v == null ? p : JsonDoc.child(p, key), "expected the registry's " + key + " as a string, got "
                    + (v == null ? "nothing" : describe(v)));
        }
        return v.asText();
    }

    /** A short description of a JSON value's kind for messages. */
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return switch (n.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
