package zonesim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates ARM template expressions as far as a file allows: parameters (supplied value,
 * else {@code defaultValue}, else null when nullable), variables, {@code resourceGroup().location}
 * from the {@code --location} hint, {@code copyIndex()} inside a resource copy loop, and the
 * pure functions of {@link ArmFunctions}. What only Azure knows at deployment
 * ({@code uniqueString}, {@code reference}, a parameter with no value) becomes an unknown:
 * a placeholder string {@code «expression»} whose reason {@link #reasons} returns, so
 * partly known names still match ({@code «parameters('acrName')»/westus2}).
 */
final class ArmScope {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final char OPEN = '\u00ab';
    private static final char CLOSE = '\u00bb';

    private final JsonNode template;
    private final Map<String, JsonNode> supplied;
    private final Map<String, String> suppliedFrom;
    private final String locationHint;
    private final Map<String, String> reasons;
    private final Map<String, JsonNode> cache;
    private final Set<String> evaluating;
    private final Set<String> trace;
    private final Integer copyIndex;

    private ArmScope(JsonNode template, Map<String, JsonNode> supplied, Map<String, String> suppliedFrom,
                     String locationHint, Map<String, String> reasons, Map<String, JsonNode> cache,
                     Set<String> trace, Integer copyIndex) {
        this.template = template;
        this.supplied = supplied;
        this.suppliedFrom = suppliedFrom;
        this.locationHint = locationHint;
        this.reasons = reasons;
        this.cache = cache;
        this.evaluating = new HashSet<>();
        this.trace = trace;
        this.copyIndex = copyIndex;
    }

    /** A scope for {@code template} with parameter values by name (case-insensitive) and where each came from. */
    static ArmScope of(JsonNode template, Map<String, JsonNode> supplied, Map<String, String> suppliedFrom,
                       String locationHint, Map<String, String> reasons) {
        Map<String, JsonNode> s = new HashMap<>();
        Map<String, String> from = new HashMap<>();
        supplied.forEach((k, v) -> s.put(k.toLowerCase(Locale.ROOT), v));
        suppliedFrom.forEach((k, v) -> from.put(k.toLowerCase(Locale.ROOT), v));
        return new ArmScope(template, s, from, locationHint, reasons, new HashMap<>(), new LinkedHashSet<>(), null);
    }

    /** This scope inside iteration {@code index} of a resource copy loop. */
    ArmScope atCopyIndex(int index) {
        return new ArmScope(template, supplied, suppliedFrom, locationHint, reasons, cache, trace, index);
    }

    /** The value of a template JSON value: expression strings evaluated, objects and arrays deeply. */
    JsonNode eval(JsonNode raw) {
        if (raw == null || raw.isMissingNode()) {
            return raw;
        }
        if (raw.isTextual()) {
            String s = raw.asText();
            if (!ArmExpression.isExpression(s)) {
                return NODES.textNode(ArmExpression.literal(s));
            }
            ArmExpression e;
            try {
                e = ArmExpression.parse(s);
            } catch (IllegalArgumentException ex) {
                return unknown(s.strip(), "malformed expression: " + ex.getMessage());
            }
            return eval(e);
        }
        if (raw.isObject()) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<String, JsonNode> f : raw.properties()) {
                o.set(f.getKey(), eval(f.getValue()));
            }
            return o;
        }
        if (raw.isArray()) {
            ArrayNode a = NODES.arrayNode();
            raw.forEach(x -> a.add(eval(x)));
            return a;
        }
        return raw;
    }

    /** Evaluates a parsed expression. */
    JsonNode eval(ArmExpression e) {
        if (e instanceof ArmExpression.Str s) {
            return NODES.textNode(s.value());
        } else if (e instanceof ArmExpression.Num n) {
            return n.value().bitLength() < 63 ? NODES.numberNode(n.value().longValue()) : NODES.numberNode(n.value());
        } else if (e instanceof ArmExpression.Call c) {
            return ArmFunctions.call(this, c);
        } else if (e instanceof ArmExpression.Prop p) {
            return property(p);
        }
        ArmExpression.Index i = (ArmExpression.Index) e;
        JsonNode target = eval(i.target());
        JsonNode index = eval(i.index());
        if (target.isArray() && index.canConvertToInt()) {
            JsonNode v = target.get(index.asInt());
            return v == null ? unknown(ArmExpression.text(e), "index " + index.asInt() + " is out of range") : v;
        }
        if (target.isObject() && index.isTextual()) {
            JsonNode v = get(target, index.asText());
            return v == null ? unknown(ArmExpression.text(e), "no property '" + index.asText() + "'") : v;
        }
        return unknownFrom(e, target, index);
    }

    /** The reasons for every unknown inside {@code value}, in order; empty iff it is fully known. */
    List<String> reasons(JsonNode value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    /** True iff {@code value} holds no unknown. */
    static boolean isKnown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return false;
        }
        if (value.isTextual()) {
            return value.asText().indexOf(OPEN) < 0;
        }
        for (JsonNode c : value) {
            if (!isKnown(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} with each unknown written back as its expression, {@code [parameters('x')]}. */
    static String display(String s) {
        return s.replace(OPEN, '[').replace(CLOSE, ']').replace('\u2215', '/');
    }

    /** Starts recording which parameters and hints an evaluation uses. */
    void startTrace() {
        trace.clear();
    }

    /** What the evaluations since {@link #startTrace} used, e.g. {@code parameter 'location' (default value)}. */
    String trace() {
        return String.join(", ", trace);
    }

    /** An unknown value named by {@code expression}, with the reason it cannot be known. */
    JsonNode unknown(String expression, String reason) {
        String text = OPEN + expression.replace('/', '\u2215') + CLOSE;
        reasons.putIfAbsent(text, reason);
        return NODES.textNode(text);
    }

    /** An unknown for {@code e} that inherits the reasons of the unknown parts it was computed from. */
    JsonNode unknownFrom(ArmExpression e, JsonNode... parts) {
        List<String> why = new ArrayList<>();
        for (JsonNode p : parts) {
            why.addAll(reasons(p));
        }
        return unknown(ArmExpression.text(e), why.isEmpty() ? "cannot be evaluated here" : why.get(0));
    }

    /** The current copy-loop index, or null outside a copy loop. */
    Integer copyIndex() {
        return copyIndex;
    }

    /** {@code parameters(name)}. */
    JsonNode parameter(String name) {
        String key = "p:" + name.toLowerCase(Locale.ROOT);
        JsonNode defs = template.path("parameters");
        JsonNode def = get(defs, name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (supplied.containsKey(lower)) {
            trace.add("parameter '" + name + "' from " + suppliedFrom.get(lower));
            return supplied.get(lower);
        }
        if (def == null) {
            return unknown("parameters('" + name + "')", "the template declares no parameter '" + name + "'");
        }
        if (def.has("defaultValue")) {
            trace.add("parameter '" + name + "' (default value)");
            return cached(key, () -> eval(def.get("defaultValue")));
        }
        if (def.path("nullable").asBoolean(false)) {
            trace.add("parameter '" + name + "' (null: no value given)");
            return NODES.nullNode();
        }
        return unknown("parameters('" + name + "')", "parameter '" + name
                + "' has no default value; give it with --parameter " + name + "=VALUE or a parameters file");
    }

    /** {@code variables(name)}. */
    JsonNode variable(String name) {
        JsonNode def = get(template.path("variables"), name);
        if (def == null) {
            return unknown("variables('" + name + "')", "the template declares no variable '" + name + "'");
        }
        return cached("v:" + name.toLowerCase(Locale.ROOT), () -> eval(def));
    }

    /** {@code resourceGroup().location}: the --location hint, or an unknown. */
    JsonNode resourceGroupLocation() {
        if (locationHint != null) {
            trace.add("resourceGroup().location from --location");
            return NODES.textNode(locationHint);
        }
        return unknown("resourceGroup().location",
                "resourceGroup().location is known only at deployment; give it with --location REGION");
    }

    /** Member {@code name} of object {@code o}, matched case-insensitively as ARM does; null if absent. */
    static JsonNode get(JsonNode o, String name) {
        if (o == null || !o.isObject()) {
            return null;
        }
        if (o.has(name)) {
            return o.get(name);
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.equalsIgnoreCase(name)) {
                return o.get(k);
            }
        }
        return null;
    }

    private JsonNode property(ArmExpression.Prop p) {
        if (p.target() instanceof ArmExpression.Call c && c.args().isEmpty()
                && c.name().equalsIgnoreCase("resourceGroup") && p.name().equalsIgnoreCase("location")) {
            return resourceGroupLocation();
        }
        JsonNode target = eval(p.target());
        JsonNode v = get(target, p.name());
        if (v != null) {
            return v;
        }
        if (target.isObject() && isKnown(target)) {
            return NODES.nullNode();
        }
        return unknownFrom(p, target);
    }

    private JsonNode cached(String key, java.util.function.Supplier<JsonNode> compute) {
        JsonNode v = cache.get(key);
        if (v != null) {
            return v;
        }
        if (!evaluating.add(key)) {
            return unknown(key, "refers to itself");
        }
        try {
            v = compute.get();
        } finally {
            evaluating.remove(key);
        }
        cache.put(key, v);
        return v;
    }

    private void collect(JsonNode value, List<String> out) {
        if (value == null) {
            return;
        }
        if (value.isTextual()) {
            String s = value.asText();
            for (int i = s.indexOf(OPEN); i >= 0; i = s.indexOf(OPEN, i + 1)) {
                int j = s.indexOf(CLOSE, i);
                String why = reasons.get(j < 0 ? s.substring(i) : s.substring(i, j + 1));
                if (why != null && !out.contains(why)) {
                    out.add(why);
                }
            }
            return;
        }
        value.forEach(c -> collect(c, out));
    }
}
