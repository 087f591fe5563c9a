package zonesim.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented default parameter set of imported scenarios, the resource
 * {@code zonesim/import-defaults.yaml}: top-level blocks ({@code failures}, {@code routing},
 * {@code replication}, {@code sla}), each with the comment lines directly above it that cite
 * its sources. The writer copies the blocks' text, comments included.
 */
public final class Defaults {
    private static final String RESOURCE = "/zonesim/import-defaults.yaml";

    private final Map<String, List<String>> blocks;

    private Defaults(Map<String, List<String>> blocks) {
        this.blocks = blocks;
    }

    /** The built-in default set. */
    public static Defaults builtIn() {
        try (InputStream in = Defaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits {@code text} into its top-level blocks, each with the comments right above its key. */
    static Defaults parse(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        List<String> current = null;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                pending.clear();
                current = null;
            } else if (line.startsWith("#")) {
                pending.add(line);
                current = null;
            } else if (!Character.isWhitespace(line.charAt(0))) {
                current = new ArrayList<>(pending);
                current.add(line);
                out.put(line.substring(0, line.indexOf(':')), current);
                pending.clear();
            } else if (current != null) {
                current.add(line);
            } else {
                pending.add(line);
            }
        }
        return new Defaults(out);
    }

    /** The block of top-level key {@code key}, indented by {@code indent} spaces, lines ending in newlines. */
    public String block(String key, int indent) {
        List<String> lines = blocks.get(key);
        if (lines == null) {
            throw new IllegalStateException(RESOURCE + " has no block '" + key + "'");
        }
        StringBuilder b = new StringBuilder();
        String pad = " ".repeat(indent);
        for (String l : lines) {
            b.append(pad).append(l).append('\n');
        }
        return b.toString();
    }

    /** The top-level keys, in file order. */
    List<String> keys() {
        return List.copyOf(blocks.keySet());
    }
}
