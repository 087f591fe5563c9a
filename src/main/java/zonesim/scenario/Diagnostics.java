package zonesim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Collects the problems and notices of one parse (the base scenario or one configuration).
 * Paths are given relative to the scenario; {@code prefix} (e.g. {@code configurations[1].})
 * is prepended when reporting. A problem already reported with the same location, relative
 * path and message (by the base parse) is not reported again. Also remembers which node
 * each path was read from, so later checks can point at it.
 */
final class Diagnostics {
    private final String file;
    private final String prefix;
    private final boolean lenient;
    private final Set<String> alreadyReported;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> notices = new ArrayList<>();
    private final Map<String, Node> nodes = new HashMap<>();
    private boolean failed;

    /** A collector for {@code file}; {@code alreadyReported} is shared between parses for de-duplication. */
    Diagnostics(String file, String prefix, boolean lenient, Set<String> alreadyReported) {
        this.file = file;
        this.prefix = prefix;
        this.lenient = lenient;
        this.alreadyReported = alreadyReported;
    }

    /** A collector for one configuration: same file and de-duplication, paths under {@code prefix}. */
    Diagnostics forConfiguration(String configurationPrefix) {
        return new Diagnostics(file, configurationPrefix, lenient, alreadyReported);
    }

    /** Reports an error at {@code node} (null: line 1, column 1). */
    void error(Node node, String path, String message) {
        failed = true;
        add(errors, node, path, message);
    }

    /** Reports an error at a 1-based line and column (for syntax errors, which have no node). */
    void errorAt(int line, int column, String path, String message) {
        failed = true;
        add(errors, line, column, path, message);
    }

    /** Reports an informational notice. */
    void notice(Node node, String path, String message) {
        add(notices, node, path, "notice: " + message);
    }

    /** Reports a warning: a legal value that is almost surely a slip (it does not stop the run). */
    void warning(Node node, String path, String message) {
        add(notices, node, path, "warning: " + message);
    }

    /** Reports a platform-rule violation: an error, or a warning notice when lenient. */
    void violation(Node node, String path, String message) {
        if (lenient) {
            add(notices, node, path, "warning: " + message);
        } else {
            failed = true;
            add(errors, node, path, message);
        }
    }

    /** True iff this parse found errors (including ones not repeated because already reported). */
    boolean hasErrors() {
        return failed;
    }

    /** The errors reported by this parse. */
    List<Problem> errors() {
        return errors;
    }

    /** The notices and warnings reported by this parse. */
    List<Problem> notices() {
        return notices;
    }

    /** Records that {@code path} was read from {@code node}. */
    void remember(String path, Node node) {
        nodes.putIfAbsent(path, node);
    }

    /** The node read for {@code path}, or for its nearest remembered ancestor; null if none. */
    Node locate(String path) {
        String p = path;
        while (true) {
            Node n = nodes.get(p);
            if (n != null || p.isEmpty()) {
                return n;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    /** The file name as the user gave it. */
    String file() {
        return file;
    }

    /** Adds a problem at {@code node}; a node read from other text than the file (command-line options) names it. */
    private void add(List<Problem> list, Node node, String path, String message) {
        int line = 1;
        int column = 1;
        String source = file;
        Mark mark = node == null ? null : node.getStartMark().orElse(null);
        if (mark != null) {
            line = mark.getLine() + 1;
            column = mark.getColumn() + 1;
            source = mark.getName() == null || mark.getName().isEmpty() ? file : mark.getName();
        }
        add(list, source, line, column, path, message);
    }

    private void add(List<Problem> list, int line, int column, String path, String message) {
        add(list, file, line, column, path, message);
    }

    private void add(List<Problem> list, String source, int line, int column, String path, String message) {
        String key = source + ":" + line + ":" + column + ":" + path + ":" + message;
        if (alreadyReported.add(key)) {
            list.add(new Problem(source, line, column, prefix + path, message));
        }
    }
}
