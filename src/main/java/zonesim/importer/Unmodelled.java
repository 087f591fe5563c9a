package zonesim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * Notices for settings zonesim does not model: a replication property other than those the
 * ACR API documents (ReplicationProperties, API 2023-07-01: zoneRedundancy,
 * regionEndpointEnabled, and the read-only provisioningState and status), and registry
 * settings that change how clients reach it (private access, dedicated data endpoints).
 */
final class Unmodelled {
    /** Keys of a replication object (CLI flattened or REST) that zonesim reads or that do not matter. */
    private static final Set<String> REPLICATION_KEYS = Set.of("id", "name", "type", "location", "tags", "systemData",
            "resourceGroup", "etag", "properties", "zoneRedundancy", "regionEndpointEnabled", "provisioningState",
            "status", "apiVersion", "dependsOn", "comments", "condition", "copy", "scope", "metadata");

    private Unmodelled() { }

    /** Notices for unknown keys of the replication object {@code o} at pointer {@code p} and of its properties. */
    static void replication(JsonDoc doc, String p, JsonNode o, Found found) {
        unknownKeys(doc, p, o, found);
        JsonNode props = o.path("properties");
        if (props.isObject()) {
            unknownKeys(doc, p + "/properties", props, found);
        }
    }

    /** Notices for registry settings that change how clients reach the registry ({@code props}: its properties). */
    static void registry(JsonDoc doc, String p, JsonNode props, Found found) {
        if (props.path("publicNetworkAccess").asText("").equalsIgnoreCase("Disabled")) {
            found.notice(doc.origin(p + "/publicNetworkAccess"), "public network access is disabled: clients use "
                    + "private endpoints, which zonesim does not model (routing is through the global endpoint)");
        }
        if (props.path("dataEndpointEnabled").asBoolean(false)) {
            found.notice(doc.origin(p + "/dataEndpointEnabled"), "dedicated data endpoints are not modelled; "
                    + "each replica serves its own data, as zonesim assumes");
        }
    }

    private static void unknownKeys(JsonDoc doc, String p, JsonNode o, Found found) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!REPLICATION_KEYS.contains(k)) {
                found.notice(doc.origin(JsonDoc.child(p, k)), "replication property '" + k + "' is not modelled");
            }
        }
    }
}
