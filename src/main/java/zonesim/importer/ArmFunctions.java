package zonesim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARM template functions the importer evaluates (Microsoft Learn, "ARM template
 * functions"): parameters, variables, copyIndex, format, concat, string and logical
 * functions, and array/object builders. Any other function (uniqueString, resourceId,
 * reference, subscription, ...) depends on the deployment and yields an unknown.
 */
final class ArmFunctions {
    /** The functions evaluated here (lower case); any other is known only at deployment. */
    private static final Set<String> EVALUATED = Set.of("if", "coalesce", "parameters", "variables", "copyindex",
            "format", "concat", "tolower", "toupper", "trim", "string", "replace", "bool", "int", "true", "false", "null",
            "equals", "not", "and", "or", "empty", "length", "contains", "createarray", "array", "createobject", "first",
            "last", "range", "items", "tryget", "union");
    private static final Pattern FORMAT_ITEM = Pattern.compile("\\{(\\d+)(?:[,:][^}]*)?\\}");

    private ArmFunctions() { }

    /** Evaluates call {@code c} in {@code scope}. */
    static JsonNode call(ArmScope scope, ArmExpression.Call c) {
        String name = c.name().toLowerCase(Locale.ROOT);
        if (!EVALUATED.contains(name)) {
            return scope.unknown(ArmExpression.text(c), c.name() + "() is computed by Azure at deployment");
        }
        if (name.equals("if")) {
            return conditional(scope, c);
        }
        List<JsonNode> a = new ArrayList<>();
        for (ArmExpression arg : c.args()) {
            a.add(scope.eval(arg));
        }
        if (name.equals("coalesce")) {
            for (JsonNode v : a) {
                if (!ArmScope.isKnown(v)) {
                    return scope.unknownFrom(c, v);
                }
                if (!v.isNull()) {
                    return v;
                }
            }
            return ArmScope.NODES.nullNode();
        }
        if (!a.stream().allMatch(ArmScope::isKnown) && !name.equals("concat") && !name.equals("format")
                && !name.equals("createarray") && !name.equals("createobject")) {
            return scope.unknownFrom(c, a.toArray(new JsonNode[0]));
        }
        switch (name) {
            case "parameters":
                return arity(a, 1) ? scope.parameter(a.get(0).asText()) : bad(scope, c);
            case "variables":
                return arity(a, 1) ? scope.variable(a.get(0).asText()) : bad(scope, c);
            case "copyindex":
                return copyIndex(scope, c, a);
            case "format":
                return a.isEmpty() ? bad(scope, c) : ArmScope.NODES.textNode(format(a));
            case "concat":
                return concat(a);
            case "tolower":
                return arity(a, 1) ? text(str(a.get(0)).toLowerCase(Locale.ROOT)) : bad(scope, c);
            case "toupper":
                return arity(a, 1) ? text(str(a.get(0)).toUpperCase(Locale.ROOT)) : bad(scope, c);
            case "trim":
                return arity(a, 1) ? text(str(a.get(0)).strip()) : bad(scope, c);
            case "string":
                return arity(a, 1) ? text(str(a.get(0))) : bad(scope, c);
            case "replace":
                return arity(a, 3) ? text(str(a.get(0)).replace(str(a.get(1)), str(a.get(2)))) : bad(scope, c);
            case "bool":
                return arity(a, 1) ? ArmScope.NODES.booleanNode(a.get(0).isBoolean() ? a.get(0).asBoolean()
                        : str(a.get(0)).equalsIgnoreCase("true")) : bad(scope, c);
            case "int":
                return arity(a, 1) ? integer(scope, c, a.get(0)) : bad(scope, c);
            case "true":
                return ArmScope.NODES.booleanNode(true);
            case "false":
                return ArmScope.NODES.booleanNode(false);
            case "null":
                return ArmScope.NODES.nullNode();
            case "equals":
                return arity(a, 2) ? ArmScope.NODES.booleanNode(same(a.get(0), a.get(1))) : bad(scope, c);
            case "not":
                return arity(a, 1) && a.get(0).isBoolean() ? ArmScope.NODES.booleanNode(!a.get(0).asBoolean())
                        : bad(scope, c);
            case "and":
                return ArmScope.NODES.booleanNode(a.stream().allMatch(JsonNode::asBoolean));
            case "or":
                return ArmScope.NODES.booleanNode(a.stream().anyMatch(JsonNode::asBoolean));
            case "empty":
                return arity(a, 1) ? ArmScope.NODES.booleanNode(a.get(0).isNull()
                        || (a.get(0).isContainerNode() ? a.get(0).size() == 0 : str(a.get(0)).isEmpty())) : bad(scope, c);
            case "length":
                return arity(a, 1) ? ArmScope.NODES.numberNode(a.get(0).isContainerNode() ? a.get(0).size()
                        : str(a.get(0)).length()) : bad(scope, c);
            case "contains":
                return arity(a, 2) ? ArmScope.NODES.booleanNode(contains(a.get(0), a.get(1))) : bad(scope, c);
            case "createarray":
                return array(a);
            case "array":
                return arity(a, 1) ? (a.get(0).isArray() ? a.get(0) : array(a)) : bad(scope, c);
            case "createobject":
                return object(scope, c, a);
            case "first":
                return arity(a, 1) && a.get(0).isArray() && a.get(0).size() > 0 ? a.get(0).get(0) : bad(scope, c);
            case "last":
                return arity(a, 1) && a.get(0).isArray() && a.get(0).size() > 0
                        ? a.get(0).get(a.get(0).size() - 1) : bad(scope, c);
            case "range":
                return arity(a, 2) ? range(a.get(0).asInt(), a.get(1).asInt()) : bad(scope, c);
            case "items":
                return arity(a, 1) && a.get(0).isObject() ? items(a.get(0)) : bad(scope, c);
            case "tryget":
                return tryGet(a);
            case "union":
                return union(scope, c, a);
            default:
                return bad(scope, c);
        }
    }

    private static JsonNode conditional(ArmScope scope, ArmExpression.Call c) {
        if (c.args().size() != 3) {
            return bad(scope, c);
        }
        JsonNode cond = scope.eval(c.args().get(0));
        if (!ArmScope.isKnown(cond) || !cond.isBoolean()) {
            return scope.unknownFrom(c, cond);
        }
        return scope.eval(c.args().get(cond.asBoolean() ? 1 : 2));
    }

    private static JsonNode copyIndex(ArmScope scope, ArmExpression.Call c, List<JsonNode> a) {
        if (scope.copyIndex() == null) {
            return scope.unknown(ArmExpression.text(c), "copyIndex() outside a copy loop");
        }
        int offset = 0;
        for (JsonNode v : a) {
            if (v.canConvertToInt()) {
                offset = v.asInt();
            }
        }
        return ArmScope.NODES.numberNode(scope.copyIndex() + offset);
    }

    /** {@code format('{0}/{1}', a, b)}: .NET composite formatting, items replaced by their text. */
    private static String format(List<JsonNode> a) {
        Matcher m = FORMAT_ITEM.matcher(str(a.get(0)).replace("{{", "\u0001").replace("}}", "\u0002"));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1)) + 1;
            m.appendReplacement(b, Matcher.quoteReplacement(i < a.size() ? str(a.get(i)) : m.group()));
        }
        m.appendTail(b);
        return b.toString().replace('\u0001', '{').replace('\u0002', '}');
    }

    private static JsonNode concat(List<JsonNode> a) {
        if (!a.isEmpty() && a.stream().allMatch(JsonNode::isArray)) {
            ArrayNode out = ArmScope.NODES.arrayNode();
            a.forEach(arr -> arr.forEach(out::add));
            return out;
        }
        StringBuilder b = new StringBuilder();
        a.forEach(v -> b.append(str(v)));
        return text(b.toString());
    }

    private static boolean contains(JsonNode container, JsonNode item) {
        if (container.isArray()) {
            for (JsonNode v : container) {
                if (same(v, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container.isObject()) {
            return ArmScope.get(container, str(item)) != null;
        }
        return str(container).toLowerCase(Locale.ROOT).contains(str(item).toLowerCase(Locale.ROOT));
    }

    private static JsonNode integer(ArmScope scope, ArmExpression.Call c, JsonNode v) {
        try {
            return ArmScope.NODES.numberNode(Long.parseLong(str(v).strip()));
        } catch (NumberFormatException e) {
            return bad(scope, c);
        }
    }

    private static JsonNode array(List<JsonNode> a) {
        ArrayNode out = ArmScope.NODES.arrayNode();
        a.forEach(out::add);
        return out;
    }

    private static JsonNode object(ArmScope scope, ArmExpression.Call c, List<JsonNode> a) {
        if (a.size() % 2 != 0) {
            return bad(scope, c);
        }
        ObjectNode o = ArmScope.NODES.objectNode();
        for (int i = 0; i < a.size(); i += 2) {
            o.set(str(a.get(i)), a.get(i + 1));
        }
        return o;
    }

    private static JsonNode range(int start, int count) {
        ArrayNode out = ArmScope.NODES.arrayNode();
        for (int i = 0; i < Math.max(0, Math.min(count, 10_000)); i++) {
            out.add(start + i);
        }
        return out;
    }

    /** {@code items(object)}: an array of {@code { key, value }} in key order, as ARM returns it. */
    private static JsonNode items(JsonNode o) {
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        keys.sort(String.CASE_INSENSITIVE_ORDER);
        ArrayNode out = ArmScope.NODES.arrayNode();
        for (String k : keys) {
            out.addObject().put("key", k).set("value", o.get(k));
        }
        return out;
    }

    /** {@code tryGet(value, key...)}: the member or item at the keys, or null where one is missing (Bicep's {@code .?}). */
    private static JsonNode tryGet(List<JsonNode> a) {
        JsonNode v = a.isEmpty() ? null : a.get(0);
        for (int i = 1; i < a.size() && v != null && !v.isNull(); i++) {
            JsonNode k = a.get(i);
            v = v.isArray() && k.canConvertToInt() ? v.get(k.asInt()) : ArmScope.get(v, str(k));
        }
        return v == null ? ArmScope.NODES.nullNode() : v;
    }

    private static JsonNode union(ArmScope scope, ArmExpression.Call c, List<JsonNode> a) {
        if (!a.isEmpty() && a.stream().allMatch(JsonNode::isObject)) {
            ObjectNode out = ArmScope.NODES.objectNode();
            for (JsonNode o : a) {
                for (Map.Entry<String, JsonNode> f : o.properties()) {
                    out.set(f.getKey(), f.getValue());
                }
            }
            return out;
        }
        if (!a.isEmpty() && a.stream().allMatch(JsonNode::isArray)) {
            ArrayNode out = ArmScope.NODES.arrayNode();
            a.forEach(arr -> arr.forEach(v -> {
                if (!contains(out, v)) {
                    out.add(v);
                }
            }));
            return out;
        }
        return bad(scope, c);
    }

    /** ARM equality: numbers by value whatever their JSON representation, everything else structurally. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** The text of a value as concat and format use it. */
    static String str(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static JsonNode text(String s) {
        return ArmScope.NODES.textNode(s);
    }

    private static boolean arity(List<JsonNode> a, int n) {
        return a.size() == n;
    }

    private static JsonNode bad(ArmScope scope, ArmExpression.Call c) {
        return scope.unknown(ArmExpression.text(c), c.name() + "() with these arguments is not evaluated by zonesim");
    }
}
