package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading JSON with locations: encodings, comments, several values, pointer escapes. */
class JsonDocTest {

    @Test
    void valuesAreLocatedByPointer() throws Exception {
        JsonDoc d = JsonDoc.parse("f.json", "{\n  \"a/b\": {\"c~d\": [10, 20]}\n}".getBytes(StandardCharsets.UTF_8));
        // RFC 6901: '/' in a key is written ~1 and '~' is written ~0.
        assertEquals(20, d.at("/a~1b/c~0d/1").asInt());
        // Line 2: two spaces, "a/b" (3-7), ':' (8), ' ', '{' (10), "c~d" (11-15), ':', ' ', '[' (18), 10 (19-20), ',', ' ', 20 at 23.
        assertEquals(new Origin("f.json", "/a~1b/c~0d/1", 2, 23), d.origin("/a~1b/c~0d/1"));
        assertEquals("f.json:2:10: /a~1b: x", d.message("/a~1b", "x"));
        // A pointer to a value that is not there is located at its nearest present ancestor.
        assertEquals(2, d.origin("/a~1b/missing").line());
    }

    @Test
    void powerShellUtf16AndByteOrderMarksAreRead() throws Exception {
        String json = "{\"name\": \"contoso\"}";
        byte[] utf16 = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("contoso", JsonDoc.parse("ps.json", utf16).at("/name").asText());
        byte[] utf8Bom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        assertEquals("contoso", JsonDoc.parse("bom.json", utf8Bom).at("/name").asText());
    }

    @Test
    void commentsAsInArmTemplatesAreAllowed() throws Exception {
        String json = "{\n  // a line comment\n  \"x\": /* inline */ 1\n}";
        assertEquals(1, JsonDoc.parse("c.json", json.getBytes(StandardCharsets.UTF_8)).at("/x").asInt());
    }

    @Test
    void severalValuesReadAsAnArray() throws Exception {
        JsonDoc d = JsonDoc.parse("two.json", "{\"a\": 1}\n[{\"b\": 2}]\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(d.root().isArray());
        assertEquals(2, d.root().size());
        assertEquals(2, d.at("/1/0/b").asInt());
        assertEquals(new Origin("two.json", "/1/0/b", 2, 8), d.origin("/1/0/b"));
    }

    @Test
    void jacksonMessagesLoseTheirSourceExcerpt() {
        assertEquals("expected close marker for Object (start marker at line 1, column 1)",
                JsonDoc.clean("expected close marker for Object (start marker at [Source: REDACTED "
                        + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])"));
    }
}
