package zonesim.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer (Jackson): nested maps, lists, strings, numbers and booleans, pretty
 * printed with two-space indentation. NaN and infinities become {@code null}; doubles print
 * in Java's shortest round-trip form, so tiny values such as 2.65e-11 keep their precision,
 * and whole doubles below 1e15 print as integers.
 */
public final class Json {
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new Printer());

    private Json() { }

    /** Two-space indentation, {@code "key": value}, and {@code {}} / {@code []} when empty. */
    private static final class Printer extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Printer() {
            super(DefaultPrettyPrinter.DEFAULT_ROOT_VALUE_SEPARATOR);
            _objectIndenter = new DefaultIndenter("  ", "\n");
            _arrayIndenter = new DefaultIndenter("  ", "\n");
            _objectFieldValueSeparatorWithSpaces = ": ";
        }

        @Override
        public Printer createInstance() {
            return new Printer();
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws java.io.IOException {
            if (entries == 0) {
                _nesting--;
                g.writeRaw('}');
            } else {
                super.writeEndObject(g, entries);
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws java.io.IOException {
            if (values == 0) {
                _nesting--;
                g.writeRaw(']');
            } else {
                super.writeEndArray(g, values);
            }
        }
    }

    /** Pretty-prints {@code value}, ending with a newline. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(plain(value)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** A JSON number as text, or {@code null} for NaN and infinities. */
    public static String number(double d) {
        Object v = plain(d);
        return v == null ? "null" : v.toString();
    }

    /** The value with doubles made JSON-safe (NaN to null, whole values to longs), recursively. */
    private static Object plain(Object v) {
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                return null;
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) (double) d : d;
        } else if (v instanceof Float f) {
            return plain(f.doubleValue());
        } else if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        } else if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return out;
        } else if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        throw new IllegalArgumentException("not JSON: " + v.getClass());
    }
}
