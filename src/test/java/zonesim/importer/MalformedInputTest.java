package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zonesim.importer.Imports.none;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed input: exactly one line naming the file, line, column (and JSON pointer where
 * there is one). Line and column numbers are counted by hand in the sample files.
 */
class MalformedInputTest {

    private static String error(String... rels) {
        return Imports.error(none(), java.util.Arrays.stream(rels).map(Imports::sample).toList());
    }

    @Test
    void truncatedFileNamesWhereInputEnds() {
        // The sample is contoso-show.json cut just before "privateEndpointConnections" on line 47: 46 whole lines,
        // then line 47 with only its two-space indent, so input ends at line 47, column 3, inside the root object.
        assertEquals("malformed/truncated.json:47:3: unexpected end of input: the object opened at line 1, column 1 "
                + "is not closed (is the file truncated?)", error("malformed/truncated.json"));
    }

    @Test
    void notJsonAtAll() {
        // "name: contoso": the unrecognised token "name" starts the file.
        String m = error("malformed/not-json.yaml");
        assertTrue(m.startsWith("malformed/not-json.yaml:1:1: not valid JSON: Unrecognized token 'name'"), m);
    }

    @Test
    void terraformAndBicepSourcesGetAHintToExportJson() {
        assertTrue(error("malformed/main.tf").contains("terraform show -json"), error("malformed/main.tf"));
        assertTrue(error("malformed/registry.bicep").contains("az bicep build"), error("malformed/registry.bicep"));
    }

    @Test
    void emptyFile() {
        assertEquals("malformed/empty.json:1:1: the file is empty; expected JSON", error("malformed/empty.json"));
    }

    @Test
    void garbageAfterTheJsonValue() {
        // contoso-show.json has 69 lines; the stray comma is alone on line 70.
        String m = error("malformed/trailing-garbage.json");
        assertTrue(m.startsWith("malformed/trailing-garbage.json:70:1: not valid JSON"), m);
    }

    @Test
    void templateWithoutARegistry() {
        String m = error("malformed/no-registry.json");
        assertTrue(m.startsWith("malformed/no-registry.json:1:1: no container registry found"), m);
    }

    @Test
    void replicationsWithoutTheirRegistry() {
        String m = error("malformed/only-replications.json");
        assertTrue(m.contains("only replications of contosoprod; add the output of az acr show"), m);
    }

    @Test
    void wrongShapeNamesTheJsonPointer() {
        // "sku": "Premium" (a string, not an object) is on line 51.
        assertTrue(error("malformed/sku-not-object.json").startsWith("malformed/sku-not-object.json:51:10: /sku: "
                + "registry 'contosoprod' has no sku.name"), error("malformed/sku-not-object.json"));
        // resources is an object at line 6, column 20.
        String m = error("malformed/terraform-wrong-shape.json");
        assertTrue(m.startsWith("malformed/terraform-wrong-shape.json:6:20: /values/root_module/resources: expected "
                + "the module's resources as an array, got an object"), m);
    }

    @Test
    void unknownSkuIsAnError() {
        // Line 10 is 6 spaces, "sku" (7-11), ':' (12), ' ', '{' (14), ' ', "name" (16-21), ':' (22), ' ', then the
        // value "Classic" at column 24.
        assertEquals("malformed/unknown-sku.json:10:24: /resources/0/sku/name: unknown SKU 'Classic'; zonesim models "
                + "Basic, Standard and Premium", error("malformed/unknown-sku.json"));
    }

    @Test
    void jsonThatIsNoRegistryDefinition() {
        String m = Imports.error(none(), List.of(Imports.text("other.json", "{\n  \"hello\": [1, 2]\n}\n")));
        assertTrue(m.startsWith("other.json:1:1: not a registry definition"), m);
        assertTrue(m.contains("with keys hello"), m);
    }

    @Test
    void theFirstMalformedFileIsReportedAlone() {
        String m = error("az/contoso-show.json", "malformed/truncated.json");
        assertTrue(m.startsWith("malformed/truncated.json:47:3: "), m);
    }
}
