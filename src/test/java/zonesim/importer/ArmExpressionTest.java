package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ARM expression subset: each expected value worked out from the function's documented meaning. */
class ArmExpressionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEMPLATE = "{ \"parameters\": {"
            + " \"name\": { \"type\": \"string\", \"defaultValue\": \"contoso\" },"
            + " \"location\": { \"type\": \"string\", \"defaultValue\": \"[resourceGroup().location]\" },"
            + " \"replicas\": { \"type\": \"array\", \"defaultValue\": [ { \"location\": \"westus2\" },"
            + "   { \"location\": \"eastus2\", \"endpoint\": false } ] },"
            + " \"noDefault\": { \"type\": \"string\" },"
            + " \"optional\": { \"type\": \"string\", \"nullable\": true },"
            + " \"selfish\": { \"type\": \"string\", \"defaultValue\": \"[parameters('selfish')]\" } },"
            + " \"variables\": { \"suffix\": \"[toLower('-PROD')]\", \"full\": \"[concat(parameters('name'), variables('suffix'))]\" } }";

    private static ArmScope scope(String locationHint) throws Exception {
        return ArmScope.of(JSON.readTree(TEMPLATE), Map.of(), Map.of(), locationHint, new HashMap<>());
    }

    private static JsonNode eval(ArmScope s, String expression) {
        return s.eval(ArmScope.NODES.textNode(expression));
    }

    private static String text(ArmScope s, String expression) {
        return eval(s, expression).asText();
    }

    @Test
    void literalsAndEscapes() throws Exception {
        ArmScope s = scope(null);
        assertEquals("plain", text(s, "plain"));
        // "[[" escapes a literal starting with '['; '' is a quote inside a string literal.
        assertEquals("[not an expression]", text(s, "[[not an expression]"));
        assertEquals("it's", text(s, "['it''s']"));
        assertEquals(42, eval(s, "[42]").asInt());
    }

    @Test
    void stringFunctions() throws Exception {
        ArmScope s = scope(null);
        assertEquals("contoso/westus2", text(s, "[format('{0}/{1}', parameters('name'), 'westus2')]"));
        assertEquals("{0} stays", text(s, "[format('{{0}} stays')]"));
        assertEquals("contoso-prod", text(s, "[variables('full')]"));
        assertEquals("CONTOSO", text(s, "[toUpper(parameters('name'))]"));
        assertEquals("con-toso", text(s, "[replace(parameters('name'), 'con', 'con-')]"));
        assertEquals(7, eval(s, "[length(parameters('name'))]").asInt());
    }

    @Test
    void arraysObjectsAndCopyIndex() throws Exception {
        ArmScope s = scope(null);
        assertEquals(2, eval(s, "[length(parameters('replicas'))]").asInt());
        // copyIndex() is the iteration; copyIndex(1) adds an offset of 1.
        assertEquals("eastus2", text(s.atCopyIndex(1), "[parameters('replicas')[copyIndex()].location]"));
        assertEquals("eastus2", text(s.atCopyIndex(0), "[parameters('replicas')[copyIndex(1)]['location']]"));
        // tryGet of a missing member is null; coalesce then falls through to true().
        assertTrue(eval(s.atCopyIndex(0), "[coalesce(tryGet(parameters('replicas')[copyIndex()], 'endpoint'), true())]")
                .asBoolean());
        assertFalse(eval(s.atCopyIndex(1), "[coalesce(tryGet(parameters('replicas')[copyIndex()], 'endpoint'), true())]")
                .asBoolean());
        assertEquals("Enabled", text(s, "[if(equals(length(parameters('replicas')), 2), 'Enabled', 'Disabled')]"));
        assertEquals(3, eval(s, "[length(concat(parameters('replicas'), createArray('x')))]").asInt());
        assertEquals("b", text(s, "[createObject('a', 'b').a]"));
        assertEquals(List.of(3, 4), List.of(eval(s, "[range(3, 2)]").get(0).asInt(), eval(s, "[range(3, 2)]").get(1).asInt()));
    }

    @Test
    void resourceGroupLocationNeedsTheHint() throws Exception {
        assertEquals("westeurope", text(scope("westeurope"), "[parameters('location')]"));
        ArmScope s = scope(null);
        JsonNode v = eval(s, "[parameters('location')]");
        assertFalse(ArmScope.isKnown(v));
        assertEquals("[resourceGroup().location]", ArmScope.display(v.asText()));
        assertTrue(s.reasons(v).get(0).contains("--location"), s.reasons(v).toString());
    }

    @Test
    void unknownsStayNamedInsideStrings() throws Exception {
        ArmScope s = scope(null);
        JsonNode v = eval(s, "[concat('acr', uniqueString(resourceGroup().id), '/', parameters('name'))]");
        assertFalse(ArmScope.isKnown(v));
        // The unknown part keeps its expression, so a parent name matches a child's "parent/child" prefix.
        assertEquals("acr[uniqueString(resourceGroup().id)]/contoso", ArmScope.display(v.asText()));
        assertEquals(2, v.asText().split("/").length);
        assertTrue(s.reasons(v).get(0).contains("uniqueString() is computed by Azure at deployment"));
    }

    @Test
    void parametersWithoutValuesAndCycles() throws Exception {
        ArmScope s = scope(null);
        assertTrue(s.reasons(eval(s, "[parameters('noDefault')]")).get(0).contains("--parameter noDefault=VALUE"));
        assertTrue(eval(s, "[parameters('optional')]").isNull());
        assertFalse(ArmScope.isKnown(eval(s, "[parameters('selfish')]")));
        ArmScope supplied = ArmScope.of(JSON.readTree(TEMPLATE), Map.of("NAME", ArmScope.NODES.textNode("given")),
                Map.of("NAME", "test"), null, new HashMap<>());
        // Parameter names compare case-insensitively, as in ARM.
        assertEquals("given", text(supplied, "[parameters('name')]"));
    }

    @Test
    void malformedExpressionsAreRejectedWithAPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArmExpression.parse("[concat('a', ]"));
        assertTrue(e.getMessage().contains("character"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ArmExpression.parse("['unterminated]"));
    }
}
