package zonesim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Terraform's {@code azurerm_container_registry}: from {@code terraform show -json} of a state
 * ({@code values.root_module}) or a plan ({@code planned_values.root_module}), resources of
 * every module ({@code child_modules}, recursively), as documented in "JSON Output Format"
 * (developer.hashicorp.com/terraform/internals/json-format); also a raw state file
 * ({@code terraform.tfstate}, version 4: {@code resources[].instances[].attributes}). Attributes
 * read: {@code name}, {@code sku}, {@code location}, {@code zone_redundancy_enabled} and each
 * {@code georeplications} block's {@code location}, {@code zone_redundancy_enabled},
 * {@code regional_endpoint_enabled} (azurerm 3.x/4.x); azurerm 2.x {@code georeplication_locations} too.
 */
final class TerraformReader {
    static final String TYPE = "azurerm_container_registry";
    private static final Set<String> GEO_KEYS = Set.of("location", "zone_redundancy_enabled",
            "regional_endpoint_enabled", "tags");

    private TerraformReader() { }

    /** True iff {@code root} is Terraform JSON (show -json output or a state file). */
    static boolean accepts(JsonNode root) {
        return root.isObject() && (root.has("planned_values") || root.has("terraform_version")
                || root.has("format_version"));
    }

    /** Reads every managed {@code azurerm_container_registry} in {@code doc}. */
    static void read(JsonDoc doc, Found found, String locationHint) throws ImportException {
        JsonNode root = doc.root();
        if (root.has("planned_values")) {
            module(doc, "/planned_values/root_module", found, locationHint);
        } else if (root.has("values")) {
            module(doc, "/values/root_module", found, locationHint);
        } else if (root.path("resources").isArray()) {
            rawState(doc, found, locationHint);
        } else if (root.has("format_version") && !root.has("values")) {
            throw doc.error("", "terraform show -json output with no values: the state is empty");
        } else {
            throw doc.error("", "Terraform JSON without values, planned_values or resources");
        }
    }

    private static void module(JsonDoc doc, String p, Found found, String hint) throws ImportException {
        JsonNode m = doc.at(p);
        if (m.isMissingNode()) {
            return;
        }
        expect(doc, p, m, true, "a module");
        JsonNode resources = m.path("resources");
        if (!resources.isMissingNode()) {
            expect(doc, p + "/resources", resources, false, "the module's resources");
            for (int i = 0; i < resources.size(); i++) {
                String rp = p + "/resources/" + i;
                JsonNode r = resources.get(i);
                expect(doc, rp, r, true, "a resource");
                if (!TYPE.equals(r.path("type").asText())) {
                    continue;
                }
                String address = r.path("address").asText(TYPE + "." + r.path("name").asText());
                if (r.path("mode").asText("managed").equals("data")) {
                    found.notice(doc.origin(rp), "data source " + address + " only refers to an existing registry; ignored");
                    continue;
                }
                expect(doc, rp + "/values", r.path("values"), true, "the resource's values");
                found.add(registry(doc, rp + "/values", address, found, hint));
            }
        }
        JsonNode children = m.path("child_modules");
        if (!children.isMissingNode()) {
            expect(doc, p + "/child_modules", children, false, "child_modules");
            for (int i = 0; i < children.size(); i++) {
                module(doc, p + "/child_modules/" + i, found, hint);
            }
        }
    }

    private static void rawState(JsonDoc doc, Found found, String hint) throws ImportException {
        JsonNode resources = doc.root().get("resources");
        for (int i = 0; i < resources.size(); i++) {
            JsonNode r = resources.get(i);
            String rp = "/resources/" + i;
            expect(doc, rp, r, true, "a resource");
            if (!TYPE.equals(r.path("type").asText()) || r.path("mode").asText("managed").equals("data")) {
                continue;
            }
            String address = (r.has("module") ? r.get("module").asText() + "." : "") + TYPE + "." + r.path("name").asText();
            JsonNode instances = r.path("instances");
            expect(doc, rp + "/instances", instances, false, "the resource's instances");
            for (int j = 0; j < instances.size(); j++) {
                String ip = rp + "/instances/" + j;
                JsonNode key = instances.get(j).path("index_key");
                String addr = key.isMissingNode() ? address : address + "[" + key + "]";
                expect(doc, ip + "/attributes", instances.get(j).path("attributes"), true, "the instance's attributes");
                found.add(registry(doc, ip + "/attributes", addr, found, hint));
            }
        }
    }

    private static Found.Registry registry(JsonDoc doc, String p, String address, Found found, String hint)
            throws ImportException {
        JsonNode v = doc.at(p);
        String name = v.path("name").isTextual() ? v.get("name").asText() : address;
        Sourced<String> sku = Values.text(v.get("sku"), doc.origin(p + "/sku"), "", "sku");
        if (sku == null) {
            sku = Sourced.unresolved(doc.origin(p), "sku is not in the values (known only after apply?)");
        }
        Sourced<String> location = Values.text(v.get("location"), doc.origin(p + "/location"), "", "location");
        if (location == null) {
            location = hint != null ? Sourced.read(hint, doc.origin(p), "--location (not in the values)")
                    : Sourced.unresolved(doc.origin(p), "location is known only after apply; give it with --location REGION");
        }
        Sourced<Boolean> zr = Values.flag(v.get("zone_redundancy_enabled"), doc.origin(p + "/zone_redundancy_enabled"),
                "", "zone_redundancy_enabled");
        List<Found.Replica> replicas = new ArrayList<>();
        JsonNode geo = v.path("georeplications");
        if (!Values.absent(geo)) {
            expect(doc, p + "/georeplications", geo, false, "georeplications");
            for (int i = 0; i < geo.size(); i++) {
                replicas.add(georeplication(doc, p + "/georeplications/" + i, name, found));
            }
        }
        JsonNode legacy = v.path("georeplication_locations");
        if (!Values.absent(legacy) && legacy.isArray() && legacy.size() > 0) {
            found.notice(doc.origin(p + "/georeplication_locations"), "georeplication_locations (azurerm 2.x) gives "
                    + "no zone redundancy or regional endpoint flags; taken as not zone-redundant and routed");
            for (int i = 0; i < legacy.size(); i++) {
                String gp = p + "/georeplication_locations/" + i;
                replicas.add(new Found.Replica(name, doc.origin(gp),
                        Values.text(legacy.get(i), doc.origin(gp), "", "location"), null, null));
            }
        }
        return new Found.Registry(name, doc.origin(p), doc.origin(v.has("name") ? p + "/name" : p), address, sku,
                location, zr, replicas);
    }

    private static Found.Replica georeplication(JsonDoc doc, String gp, String registry, Found found)
            throws ImportException {
        JsonNode g = doc.at(gp);
        expect(doc, gp, g, true, "a georeplications block");
        for (Iterator<String> it = g.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!GEO_KEYS.contains(k)) {
                found.notice(doc.origin(JsonDoc.child(gp, k)), "georeplications attribute '" + k + "' is not modelled");
            }
        }
        Sourced<String> location = Values.text(g.get("location"), doc.origin(gp + "/location"), "", "location");
        if (location == null) {
            location = Sourced.unresolved(doc.origin(gp), "the georeplication's location is not in the values");
        }
        return new Found.Replica(registry, doc.origin(gp), location,
                Values.flag(g.get("zone_redundancy_enabled"), doc.origin(gp + "/zone_redundancy_enabled"), "",
                        "zone_redundancy_enabled"),
                Values.flag(g.get("regional_endpoint_enabled"), doc.origin(gp + "/regional_endpoint_enabled"), "",
                        "regional_endpoint_enabled"));
    }

    private static void expect(JsonDoc doc, String p, JsonNode n, boolean object, String what) throws ImportException {
        if (object ? !n.isObject() : !n.isArray()) {
            throw doc.error(p, "expected " + what + " as " + (object ? "an object" : "an array") + ", got "
                    + AzCliReader.describe(n));
        }
    }
}
