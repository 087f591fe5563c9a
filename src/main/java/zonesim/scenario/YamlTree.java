package zonesim.scenario;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * YAML text to a node tree (snakeyaml-engine's compose API, so every node keeps its start
 * mark), with the structural checks the composer leaves to us: syntax errors, empty files,
 * duplicate keys, non-scalar keys and recursive aliases.
 */
final class YamlTree {
    private YamlTree() { }

    /** The root node, or empty after reporting why there is none usable. */
    static Optional<Node> compose(Diagnostics d, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(d.file()).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String message = "malformed YAML: " + (e.getProblem() == null ? "syntax error" : e.getProblem())
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")");
            d.errorAt(mark.map(m -> m.getLine() + 1).orElse(1), mark.map(m -> m.getColumn() + 1).orElse(1),
                    "", message);
            return Optional.empty();
        } catch (YamlEngineException e) {
            d.errorAt(1, 1, "", "malformed YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root.isEmpty() || Values.isNull(root.get())) {
            d.errorAt(1, 1, "", "empty scenario file");
            return Optional.empty();
        }
        return check(d, root.get(), "") ? root : Optional.empty();
    }

    /** Reports duplicate and non-scalar keys below {@code node}; false if the tree is unusable. */
    private static boolean check(Diagnostics d, Node node, String path) {
        if (node.isRecursive()) {
            d.error(node, path, "recursive YAML aliases are not supported");
            return false;
        }
        boolean ok = true;
        if (node instanceof MappingNode m) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    d.error(t.getKeyNode(), path, "keys must be plain strings, got " + Values.describe(t.getKeyNode()));
                    continue;
                }
                String childPath = Paths.child(path, k.getValue());
                Node first = seen.putIfAbsent(k.getValue(), k);
                if (first != null) {
                    int line = first.getStartMark().map(x -> x.getLine() + 1).orElse(0);
                    d.error(k, childPath, "duplicate key '" + k.getValue() + "' (first given at line " + line + ")");
                }
                ok &= check(d, t.getValueNode(), childPath);
            }
        } else if (node instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                ok &= check(d, s.getValue().get(i), Paths.item(path, i));
            }
        }
        return ok;
    }
}
