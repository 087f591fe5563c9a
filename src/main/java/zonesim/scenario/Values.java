package zonesim.scenario;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed reading of one YAML node. Each method reports a problem at the node and returns
 * empty when the value is missing or malformed.
 */
final class Values {
    /** An optional minus sign and digits (a leading plus is removed before matching). */
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?+[0-9]++");

    private Values() { }

    /** True for an absent node, an empty plain scalar, {@code ~} or {@code null}. */
    static boolean isNull(Node n) {
        if (n == null) {
            return true;
        }
        if (n instanceof ScalarNode s && s.isPlain()) {
            String v = s.getValue();
            return v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null");
        }
        return false;
    }

    /** How a node looks, for messages: {@code a mapping}, {@code a list}, {@code 'text'}. */
    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (isNull(n)) {
            return "nothing";
        }
        return Echo.quote(((ScalarNode) n).getValue());
    }

    /** The text of a scalar node; reports {@code expected <what>} otherwise. */
    static Optional<String> text(Diagnostics d, Node n, String path, String what) {
        if (n instanceof ScalarNode s && !isNull(n)) {
            return Optional.of(s.getValue().trim());
        }
        d.error(n, path, "expected " + what + ", got " + describe(n));
        return Optional.empty();
    }

    /** A non-empty string. */
    static Optional<String> string(Diagnostics d, Node n, String path) {
        return text(d, n, path, "a string");
    }

    /** {@code true} or {@code false}. */
    static Optional<Boolean> bool(Diagnostics d, Node n, String path) {
        Optional<String> t = text(d, n, path, "true or false");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String v = t.get().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Optional.of(v.equals("true"));
        }
        d.error(n, path, "expected true or false, got " + Echo.quote(t.get()));
        return Optional.empty();
    }

    /** A whole number. */
    static Optional<Long> integer(Diagnostics d, Node n, String path) {
        Optional<String> t = text(d, n, path, "an integer");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String v = t.get().startsWith("+") ? t.get().substring(1) : t.get();
        if (!Numbers.tooLong(v) && INTEGER.matcher(v).matches()) {
            try {
                return Optional.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                d.error(n, path, "integer " + Echo.quote(t.get()) + " is too large");
                return Optional.empty();
            }
        }
        d.error(n, path, "expected an integer, got " + Echo.quote(t.get()));
        return Optional.empty();
    }

    /** A finite decimal number. */
    static Optional<Double> number(Diagnostics d, Node n, String path) {
        Optional<String> t = text(d, n, path, "a number");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (!Numbers.isDecimal(t.get())) {
            d.error(n, path, "expected a number, got " + Echo.quote(t.get()));
            return Optional.empty();
        }
        try {
            return Optional.of(Numbers.parse(t.get(), "number"));
        } catch (IllegalArgumentException e) {
            d.error(n, path, e.getMessage());
            return Optional.empty();
        }
    }

    /** A duration with a unit, in hours (>= 0). */
    static Optional<Double> duration(Diagnostics d, Node n, String path) {
        return parsed(d, n, path, "a duration such as 4h", Durations::parseHours);
    }

    /** A rate, per hour. */
    static Optional<Double> rate(Diagnostics d, Node n, String path) {
        return parsed(d, n, path, "a rate such as 100/h", Units::parseRatePerHour);
    }

    /** A probability in [0, 1], written as a number or a percentage. */
    static Optional<Double> probability(Diagnostics d, Node n, String path) {
        return parsed(d, n, path, "a probability such as 0.5 or 99.9%", Units::parseProbability);
    }

    private static Optional<Double> parsed(Diagnostics d, Node n, String path, String what,
                                           ToDoubleFunction<String> parser) {
        Optional<String> t = text(d, n, path, what);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.applyAsDouble(t.get()));
        } catch (IllegalArgumentException e) {
            d.error(n, path, e.getMessage());
            return Optional.empty();
        }
    }
}
