package zonesim.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON input file as a Jackson tree plus the line and column where each value starts,
 * keyed by its JSON pointer (RFC 6901), so every message can name {@code file:line:col}.
 * Built in one streaming pass (Jackson {@link JsonParser}); Jackson detects the encoding
 * (UTF-8, or UTF-16 as PowerShell redirection writes). Comments are allowed, as in ARM
 * templates. A file holding several JSON values one after another (two outputs
 * concatenated) reads as an array of them.
 */
final class JsonDoc {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;

    private JsonDoc(String file, JsonNode root, Map<String, int[]> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    /** Parses {@code bytes} read from {@code file}; malformed input is one {@link ImportException}. */
    static JsonDoc parse(String file, byte[] bytes) throws ImportException {
        if (isBlank(bytes)) {
            throw new ImportException(file + ":1:1: the file is empty; expected JSON");
        }
        Map<String, int[]> locations = new HashMap<>();
        Deque<int[]> open = new ArrayDeque<>();
        List<JsonNode> values = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                values.add(read(p, String.valueOf(values.size()), locations, open));
            }
        } catch (JsonProcessingException e) {
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                int[] start = open.isEmpty() ? new int[] {1, 1, 0} : open.peek();
                throw new ImportException(where(file, e) + "unexpected end of input: the "
                        + (start[2] == 1 ? "array" : "object") + " opened at line " + start[0] + ", column " + start[1]
                        + " is not closed (is the file truncated?)");
            }
            throw new ImportException(where(file, e) + pointerOf(e) + "not valid JSON: " + clean(e.getOriginalMessage())
                    + hint(file, bytes));
        } catch (IOException e) {
            throw new ImportException(file + ":1:1: cannot read: " + e.getMessage());
        }
        if (values.size() == 1) {
            Map<String, int[]> single = new HashMap<>();
            locations.forEach((k, v) -> single.put(k.substring(k.indexOf('/') < 0 ? k.length() : k.indexOf('/')), v));
            return new JsonDoc(file, values.get(0), single);
        }
        ArrayNode all = NODES.arrayNode();
        values.forEach(all::add);
        Map<String, int[]> wrapped = new HashMap<>();
        locations.forEach((k, v) -> wrapped.put("/" + k, v));
        wrapped.put("", new int[] {1, 1});
        return new JsonDoc(file, all, wrapped);
    }

    /** The file name as given. */
    String file() {
        return file;
    }

    /** The root value (an array of the values when the file held several). */
    JsonNode root() {
        return root;
    }

    /** The value at {@code pointer}, or a missing node. */
    JsonNode at(String pointer) {
        return root.at(JsonPointer.compile(pointer));
    }

    /** The origin of the value at {@code pointer} (or of its nearest located ancestor). */
    Origin origin(String pointer) {
        String p = pointer;
        int[] lc = locations.get(p);
        while (lc == null && !p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            lc = locations.get(p);
        }
        if (lc == null) {
            lc = new int[] {1, 1};
        }
        return new Origin(file, pointer, lc[0], lc[1]);
    }

    /** {@code file:line:col: /pointer: message}, the form of every located message. */
    String message(String pointer, String message) {
        return origin(pointer).where() + message;
    }

    /** An {@link ImportException} located at {@code pointer}. */
    ImportException error(String pointer, String message) {
        return new ImportException(message(pointer, message));
    }

    /** JSON pointer of member {@code key} under {@code parent}, escaped as RFC 6901 requires. */
    static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** JSON pointer of item {@code index} under {@code parent}. */
    static String item(String parent, int index) {
        return parent + "/" + index;
    }

    /** Reads the value at the current token; {@code open} holds the containers being read (line, column, 1 if array). */
    private static JsonNode read(JsonParser p, String pointer, Map<String, int[]> locations, Deque<int[]> open)
            throws IOException {
        JsonLocation at = p.currentTokenLocation();
        locations.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        switch (p.currentToken()) {
            case START_OBJECT: {
                open.push(new int[] {at.getLineNr(), at.getColumnNr(), 0});
                ObjectNode o = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    p.nextToken();
                    o.set(key, read(p, child(pointer, key), locations, open));
                }
                open.pop();
                return o;
            }
            case START_ARRAY: {
                open.push(new int[] {at.getLineNr(), at.getColumnNr(), 1});
                ArrayNode a = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    a.add(read(p, item(pointer, a.size()), locations, open));
                }
                open.pop();
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? NODES.numberNode(p.getBigIntegerValue())
                        : NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }

    private static String where(String file, JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        int line = l == null || l.getLineNr() < 1 ? 1 : l.getLineNr();
        int col = l == null || l.getColumnNr() < 1 ? 1 : l.getColumnNr();
        return file + ":" + line + ":" + col + ": ";
    }

    /** The JSON pointer of the value being read when parsing failed, when the parser knows it. */
    private static String pointerOf(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
            String ptr = p.getParsingContext().pathAsPointer().toString();
            return ptr.isEmpty() ? "" : ptr + ": ";
        }
        return "";
    }

    /** Jackson's message without its source excerpt, one line. */
    static String clean(String message) {
        String m = message == null ? "malformed input" : message;
        m = m.replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
        m = m.replaceAll("\\s+", " ").trim();
        return m;
    }

    private static String hint(String file, byte[] bytes) {
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        String head = new String(bytes, 0, Math.min(bytes.length, 2000), java.nio.charset.StandardCharsets.UTF_8);
        if (lower.endsWith(".bicep") || head.matches("(?s).*\\bresource\\s+\\w+\\s+'[^']*@[^']*'.*")) {
            return " (a Bicep file? compile it first: az bicep build --file F.bicep, then import the .json)";
        }
        if (lower.endsWith(".tf") || head.matches("(?s).*\\bresource\\s+\"\\w+\"\\s+\"\\w+\".*")) {
            return " (Terraform HCL? import the output of terraform show -json instead)";
        }
        return "";
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace((char) (b & 0xff)) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB
                    && (b & 0xff) != 0xBF && (b & 0xff) != 0xFE && (b & 0xff) != 0xFF && b != 0) {
                return false;
            }
        }
        return true;
    }
}
