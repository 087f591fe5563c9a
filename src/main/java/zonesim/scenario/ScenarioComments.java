package zonesim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The comments of a scenario file, where examples cite their sources, attached to the key
 * they describe (snakeyaml-engine keeps comments with {@code setParseComments}): a comment
 * block above a key or at the end of its line belongs to that key; the block above the
 * first key describes the whole scenario (key {@code ""}). A list entry is named by its
 * {@code name} when it has one ({@code topology.common_cause.acr-global}), else by its index.
 */
public final class ScenarioComments {
    /** One comment paragraph and the scenario key it belongs to. */
    public record Note(String key, String text) { }

    private ScenarioComments() { }

    /** The notes of {@code file}; empty when it cannot be read or parsed (validation reports that). */
    public static List<Note> read(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The notes of YAML text, in document order. */
    public static List<Note> of(String yaml) {
        LoadSettings settings = LoadSettings.builder().setParseComments(true).build();
        Optional<Node> root = new Compose(settings).composeString(yaml);
        List<Note> out = new ArrayList<>();
        root.ifPresent(r -> walk(r, "", true, out));
        return out;
    }

    private static void walk(Node n, String path, boolean top, List<Note> out) {
        if (n instanceof MappingNode m) {
            boolean first = top;
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                String p = path.isEmpty() ? key : path + "." + key;
                add(first ? "" : p, t.getKeyNode().getBlockComments(), out);
                first = false;
                add(p, t.getKeyNode().getInLineComments(), out);
                add(p, t.getValueNode().getInLineComments(), out);
                walk(t.getValueNode(), p, false, out);
            }
        } else if (n instanceof SequenceNode q) {
            for (int i = 0; i < q.getValue().size(); i++) {
                Node item = q.getValue().get(i);
                String p = path + "." + TreePath.itemName(item).orElse(Integer.toString(i));
                add(p, item.getBlockComments(), out);
                add(p, item.getInLineComments(), out);
                walkItem(item, p, out);
            }
        }
    }

    /** A list entry: comments above its first key belong to the entry itself. */
    private static void walkItem(Node item, String p, List<Note> out) {
        if (item instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                add(key.equals("name") ? p : p + "." + key, t.getKeyNode().getBlockComments(), out);
                add(key.equals("name") ? p : p + "." + key, t.getKeyNode().getInLineComments(), out);
                add(key.equals("name") ? p : p + "." + key, t.getValueNode().getInLineComments(), out);
                walk(t.getValueNode(), p + "." + key, false, out);
            }
        } else {
            walk(item, p, false, out);
        }
    }

    /** Joins consecutive comment lines into one paragraph per block (blank comment lines split paragraphs). */
    private static void add(String key, List<CommentLine> lines, List<Note> out) {
        if (lines == null) {
            return;
        }
        StringBuilder para = new StringBuilder();
        for (CommentLine l : lines) {
            String text = l.getCommentType() == CommentType.BLANK_LINE ? "" : l.getValue().strip();
            if (text.isEmpty()) {
                flush(key, para, out);
            } else {
                para.append(para.length() > 0 ? " " : "").append(text);
            }
        }
        flush(key, para, out);
    }

    private static void flush(String key, StringBuilder para, List<Note> out) {
        if (para.length() > 0) {
            out.add(new Note(key, para.toString()));
            para.setLength(0);
        }
    }
}
