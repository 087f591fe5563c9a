package zonesim.scenario;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * YAML text to a node tree (snakeyaml-engine's composer, so every node keeps its start
 * mark), with the structural checks the composer leaves to us: syntax errors, empty files,
 * duplicate keys, non-scalar or overlong keys, recursive aliases, and the {@link Limits} on
 * size, nesting depth and alias expansion. The composer recurses once per nesting level, so
 * its parser refuses to go deeper than {@link Limits#MAX_DEPTH}; the check below walks the
 * tree with an explicit stack, with every alias expanded, and stops at {@link Limits#MAX_NODES},
 * so that nothing after it (readers, merges) can meet a tree deeper or larger than that.
 */
final class YamlTree {
    /** A node still to check, with what is needed to name its path when a problem is found there. */
    private record Pending(Node node, Pending parent, String key, int index, int depth) {
        String path() {
            if (parent == null) {
                return "";
            }
            String up = parent.path();
            return key != null ? Paths.child(up, key) : Paths.item(up, index);
        }
    }

    private YamlTree() { }

    /** The root node, or empty after reporting why there is none usable. */
    static Optional<Node> compose(Diagnostics d, String text) {
        if (text.length() > Limits.MAX_BYTES) {
            d.errorAt(1, 1, "", "the file has " + text.length() + " characters; a scenario file may have at most "
                    + Limits.MAX_BYTES);
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(d.file()).setCodePointLimit(Limits.MAX_BYTES + 16)
                .setMaxAliasesForCollections(Limits.MAX_COLLECTION_ALIASES).setAllowRecursiveKeys(false).build();
        Optional<Node> root;
        try {
            var parser = new DepthLimitedParser(new ParserImpl(settings,
                    new StreamReader(settings, new StringReader(text))), Limits.MAX_DEPTH);
            root = new Composer(settings, parser).getSingleNode();
        } catch (DepthLimitedParser.TooDeep e) {
            Optional<Mark> mark = e.mark();
            d.errorAt(mark.map(m -> m.getLine() + 1).orElse(1), mark.map(m -> m.getColumn() + 1).orElse(1), "",
                    "mappings and lists are nested more than " + Limits.MAX_DEPTH + " levels deep");
            return Optional.empty();
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
        return check(d, root.get()) ? root : Optional.empty();
    }

    /**
     * Reports duplicate, non-scalar and overlong keys and recursive aliases anywhere in the
     * tree, visiting aliased nodes once per reference; false if the tree is unusable.
     */
    private static boolean check(Diagnostics d, Node root) {
        boolean ok = true;
        Deque<Pending> stack = new ArrayDeque<>();
        stack.push(new Pending(root, null, null, 0, 0));
        int visited = 0;
        while (!stack.isEmpty()) {
            Pending p = stack.pop();
            Node node = p.node();
            if (++visited > Limits.MAX_NODES) {
                d.error(node, p.path(), "the document expands to more than " + Limits.MAX_NODES
                        + " nodes (through YAML aliases); a scenario needs far fewer");
                return false;
            }
            if (p.depth() > Limits.MAX_DEPTH) {
                d.error(node, p.path(), "mappings and lists are nested more than " + Limits.MAX_DEPTH
                        + " levels deep (through YAML aliases)");
                return false;
            }
            if (node.isRecursive()) {
                d.error(node, p.path(), "recursive YAML aliases are not supported");
                return false;
            }
            if (node instanceof MappingNode m) {
                ok &= keys(d, m, p, stack);
            } else if (node instanceof SequenceNode s) {
                List<Node> items = s.getValue();
                for (int i = items.size() - 1; i >= 0; i--) {
                    stack.push(new Pending(items.get(i), p, null, i, p.depth() + 1));
                }
            }
        }
        return ok;
    }

    /** Checks the keys of mapping {@code m} and queues its values; false if a key is unusable. */
    private static boolean keys(Diagnostics d, MappingNode m, Pending p, Deque<Pending> stack) {
        boolean ok = true;
        Map<String, Node> seen = new HashMap<>();
        List<NodeTuple> tuples = m.getValue();
        for (int i = tuples.size() - 1; i >= 0; i--) {
            NodeTuple t = tuples.get(i);
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                d.error(t.getKeyNode(), p.path(), "keys must be plain strings, got " + Values.describe(t.getKeyNode()));
                continue;
            }
            if (k.getValue().length() > Limits.MAX_KEY_LENGTH) {
                d.error(k, p.path(), "a key of " + k.getValue().length() + " characters: keys may have at most "
                        + Limits.MAX_KEY_LENGTH);
                ok = false;
                continue;
            }
            stack.push(new Pending(t.getValueNode(), p, k.getValue(), 0, p.depth() + 1));
        }
        for (NodeTuple t : tuples) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().length() <= Limits.MAX_KEY_LENGTH) {
                Node first = seen.putIfAbsent(k.getValue(), k);
                if (first != null) {
                    int line = first.getStartMark().map(x -> x.getLine() + 1).orElse(0);
                    d.error(k, Paths.child(p.path(), k.getValue()), "duplicate key " + Echo.quote(k.getValue())
                            + " (first given at line " + line + ")");
                }
            }
        }
        return ok;
    }
}
