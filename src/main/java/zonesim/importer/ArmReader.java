package zonesim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ARM templates and deployment exports ({@code az group export}, {@code az bicep build}
 * output): resources of type {@code Microsoft.ContainerRegistry/registries} and
 * {@code .../registries/replications}, top-level (name {@code registry/replica}) or nested in
 * the registry's own {@code resources} (relative type {@code replications}); {@code resources}
 * as an array, or as an object keyed by symbolic name ({@code "languageVersion": "2.0"}, what
 * Bicep emits with user-defined types); {@code copy} loops; {@code condition}; {@code existing}
 * references skipped; nested deployments with an inline template (Bicep modules) followed.
 * Template structure per Microsoft Learn, "Understand the structure and syntax of ARM templates".
 */
final class ArmReader {
    private static final String DEPLOYMENTS = "Microsoft.Resources/deployments";
    private static final int MAX_COPIES = 100;

    private final JsonDoc doc;
    private final Found found;
    private final String locationHint;
    private final Map<String, String> reasons = new HashMap<>();
    private ArmScope top;

    private ArmReader(JsonDoc doc, Found found, String locationHint) {
        this.doc = doc;
        this.found = found;
        this.locationHint = locationHint;
    }

    /** True iff {@code root} is an ARM template: {@code resources} with a template {@code $schema} or contentVersion. */
    static boolean accepts(JsonNode root) {
        return root.isObject() && root.has("resources")
                && (root.path("$schema").asText("").toLowerCase(Locale.ROOT).contains("deploymenttemplate")
                || root.has("contentVersion"));
    }

    /** Reads the template in {@code doc} with parameter values (by name) and where each came from. */
    static void read(JsonDoc doc, Found found, String locationHint, Map<String, JsonNode> parameters,
                     Map<String, String> parameterSources) throws ImportException {
        ArmReader r = new ArmReader(doc, found, locationHint);
        ArmScope scope = ArmScope.of(doc.root(), parameters, parameterSources, locationHint, r.reasons);
        r.top = scope;
        r.template("", doc.root(), scope);
    }

    private void template(String tp, JsonNode t, ArmScope scope) throws ImportException {
        JsonNode resources = t.path("resources");
        String rp = JsonDoc.child(tp, "resources");
        if (resources.isArray()) {
            for (int i = 0; i < resources.size(); i++) {
                resource(JsonDoc.item(rp, i), resources.get(i), scope, null, null);
            }
        } else if (resources.isObject()) {
            for (Iterator<String> it = resources.fieldNames(); it.hasNext(); ) {
                String symbol = it.next();
                resource(JsonDoc.child(rp, symbol), resources.get(symbol), scope, null, null);
            }
        } else if (!resources.isMissingNode()) {
            throw doc.error(rp, "expected resources as an array (or an object keyed by symbolic name), got "
                    + AzCliReader.describe(resources));
        }
    }

    /** One resource (all its copies); {@code parentType}/{@code parentName} are set for nested resources. */
    private void resource(String p, JsonNode r, ArmScope scope, String parentType, String parentName)
            throws ImportException {
        if (!r.isObject()) {
            throw doc.error(p, "expected a resource object, got " + AzCliReader.describe(r));
        }
        JsonNode copy = r.get("copy");
        if (copy == null || !copy.isObject()) {
            instance(p, r, scope, parentType, parentName, "");
            return;
        }
        JsonNode count = scope.eval(copy.path("count"));
        if (!ArmScope.isKnown(count) || !count.canConvertToInt()) {
            found.notice(doc.origin(p + "/copy/count"), "copy loop count " + shown(count)
                    + " cannot be evaluated (" + why(count) + "); its resources are left out");
            return;
        }
        int n = count.asInt();
        if (n > MAX_COPIES) {
            found.notice(doc.origin(p + "/copy/count"), "copy loop of " + n + " resources; only the first "
                    + MAX_COPIES + " are read");
            n = MAX_COPIES;
        }
        for (int i = 0; i < n; i++) {
            instance(p, r, scope.atCopyIndex(i), parentType, parentName, "copy index " + i);
        }
    }

    private void instance(String p, JsonNode r, ArmScope scope, String parentType, String parentName, String copy)
            throws ImportException {
        String type = ArmScope.isKnown(scope.eval(r.path("type"))) ? scope.eval(r.path("type")).asText("") : "";
        String name = r.has("name") ? ArmFunctions.str(scope.eval(r.get("name"))) : "";
        if (parentType != null && !type.contains("/")) {
            type = parentType + "/" + type;
            name = parentName + "/" + name;
        }
        boolean registry = type.equalsIgnoreCase(AzCliReader.REGISTRY_TYPE);
        boolean replication = type.equalsIgnoreCase(AzCliReader.REPLICATION_TYPE);
        boolean deployment = type.equalsIgnoreCase(DEPLOYMENTS);
        if (!registry && !replication && !deployment) {
            return;
        }
        if (r.path("existing").asBoolean(false)) {
            return;
        }
        if (r.has("condition")) {
            JsonNode c = scope.eval(r.get("condition"));
            if (ArmScope.isKnown(c) && c.isBoolean() && !c.asBoolean()) {
                found.notice(doc.origin(p + "/condition"), "condition is false: " + ArmScope.display(name)
                        + " is not deployed; left out");
                return;
            }
            if (!ArmScope.isKnown(c)) {
                found.notice(doc.origin(p + "/condition"), "condition " + shown(c) + " cannot be evaluated ("
                        + why(c) + "); assumed true");
            }
        }
        if (deployment) {
            deployment(p, r, scope);
        } else if (registry) {
            registry(p, r, scope, name, copy);
        } else {
            Unmodelled.replication(doc, p, r, found);
            String[] parts = name.split("/", -1);
            String parent = parts.length >= 2 ? parts[0] : null;
            found.add(new Found.Replica(parent, doc.origin(p), field(p, r, scope, copy, "location"),
                    zoneRedundancy(p, r, scope, copy), flag(p, r, scope, copy, "regionEndpointEnabled")));
        }
    }

    private void registry(String p, JsonNode r, ArmScope scope, String name, String copy) throws ImportException {
        Sourced<String> location = field(p, r, scope, copy, "location");
        if (location == null) {
            throw doc.error(p, "registry " + ArmScope.display(name) + " has no location");
        }
        Sourced<String> sku = field(p, r, scope, copy, "sku", "name");
        if (sku == null) {
            throw doc.error(p, "registry " + ArmScope.display(name) + " has no sku.name");
        }
        found.add(new Found.Registry(name, doc.origin(p), doc.origin(r.has("name") ? p + "/name" : p), "ARM template",
                sku, location, zoneRedundancy(p, r, scope, copy), List.of()));
        Unmodelled.registry(doc, p + "/properties", r.path("properties"), found);
        JsonNode children = r.path("resources");
        if (children.isArray()) {
            for (int i = 0; i < children.size(); i++) {
                resource(p + "/resources/" + i, children.get(i), scope, AzCliReader.REGISTRY_TYPE, name);
            }
        }
    }

    /** A nested deployment with an inline template: its resources, with its parameters evaluated here. */
    private void deployment(String p, JsonNode r, ArmScope outer) throws ImportException {
        JsonNode props = r.path("properties");
        if (props.has("templateLink")) {
            found.notice(doc.origin(p + "/properties/templateLink"), "a linked template is not read; "
                    + "import it as a file of its own");
            return;
        }
        JsonNode template = props.path("template");
        if (!template.isObject()) {
            return;
        }
        boolean inner = props.path("expressionEvaluationOptions").path("scope").asText("outer").equalsIgnoreCase("inner");
        ArmScope scope = outer;
        if (inner) {
            Map<String, JsonNode> values = new HashMap<>();
            Map<String, String> from = new HashMap<>();
            JsonNode params = props.path("parameters");
            for (Iterator<String> it = params.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (params.get(k).has("value")) {
                    values.put(k, outer.eval(params.get(k).get("value")));
                    from.put(k, "the module call at " + doc.origin(p + "/properties/parameters/" + k).cite());
                }
            }
            scope = ArmScope.of(template, values, from, locationHint, reasons);
        }
        template(p + "/properties/template", template, scope);
    }

    private Sourced<Boolean> zoneRedundancy(String p, JsonNode r, ArmScope scope, String copy) {
        Sourced<String> s = field(p, r, scope, copy, "properties", "zoneRedundancy");
        if (s == null || s.unresolved()) {
            return s == null ? null : s.with(null);
        }
        Sourced<Boolean> z = Values.zoneRedundancy(ArmScope.NODES.textNode(s.value()), s.origin(), s.via());
        return z;
    }

    private Sourced<Boolean> flag(String p, JsonNode r, ArmScope scope, String copy, String key) {
        scope.startTrace();
        JsonNode v = evalPath(r, scope, "properties", key);
        if (Values.absent(v)) {
            return null;
        }
        String at = pointerOf(p, r, "properties", key);
        if (!ArmScope.isKnown(v)) {
            return Sourced.unresolved(doc.origin(at), shown(v) + ": " + why(v));
        }
        return Values.flag(v, doc.origin(at), join(scope.trace(), copy), key);
    }

    /** A string at {@code path} under the resource, evaluated; null when absent. */
    private Sourced<String> field(String p, JsonNode r, ArmScope scope, String copy, String... path) {
        scope.startTrace();
        JsonNode v = evalPath(r, scope, path);
        if (Values.absent(v)) {
            return null;
        }
        String at = pointerOf(p, r, path);
        if (!ArmScope.isKnown(v)) {
            return Sourced.unresolved(doc.origin(at), shown(v) + ": " + why(v));
        }
        return Values.text(v, doc.origin(at), join(scope.trace(), copy), path[path.length - 1]);
    }

    /** Walks {@code path} from the raw resource, evaluating a step only where it is an expression. */
    private static JsonNode evalPath(JsonNode r, ArmScope scope, String... path) {
        JsonNode v = r;
        for (String key : path) {
            if (v.isTextual()) {
                v = scope.eval(v);
            }
            v = ArmScope.get(v, key);
            if (v == null) {
                return null;
            }
        }
        return scope.eval(v);
    }

    /** The pointer of the deepest raw value on {@code path} that exists in the file. */
    private static String pointerOf(String p, JsonNode r, String... path) {
        String at = p;
        JsonNode v = r;
        for (String key : path) {
            JsonNode next = v == null ? null : v.get(key);
            if (next == null) {
                break;
            }
            at = JsonDoc.child(at, key);
            v = next;
        }
        return at;
    }

    private String why(JsonNode v) {
        List<String> rs = top.reasons(v);
        return rs.isEmpty() ? "not known before deployment" : rs.get(0);
    }

    private static String shown(JsonNode v) {
        return v == null || v.isMissingNode() ? "(none)" : ArmScope.display(ArmFunctions.str(v));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
    }
}
