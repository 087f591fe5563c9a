package zonesim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import zonesim.model.Study;
import zonesim.model.WhatIf;

/**
 * A scenario file parsed once, from which what-if variants are loaded (SPEC 9): the
 * nominal study, the what-if sections, and {@link #study} to load the file with some values
 * changed. A variant is the parsed tree with the settings written in ({@link Edits}) and
 * read by the same reader as the file, so it is validated like one; reading a variant does
 * not parse text again. Immutable and safe to share between threads.
 */
public final class ScenarioDocument {
    /**
     * What a document is read from: the file's name and text, the lenient flag, and the
     * command line's what-if options as YAML ({@code overridesYaml} labelled {@code label}
     * in problems; both null when none). Serializable, so that a remote task can read the same
     * document again ({@link #load()}) without the file.
     */
    public record Source(String file, String text, boolean lenient, String label, String overridesYaml)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** Reads the document again. */
        public ScenarioDocument load() throws ScenarioException {
            return ScenarioLoader.document(file, text, lenient,
                    overridesYaml == null ? null : new ScenarioLoader.Overrides(label, overridesYaml));
        }
    }

    private final Source source;
    private final String file;
    private final Node tree;
    private final boolean lenient;
    private final Loaded loaded;
    private final WhatIf whatIf;

    ScenarioDocument(Source source, Node tree, Loaded loaded, WhatIf whatIf) {
        this.source = source;
        this.file = source.file();
        this.tree = tree;
        this.lenient = source.lenient();
        this.loaded = loaded;
        this.whatIf = whatIf;
    }

    /** Reads {@code file}; lenient turns platform-rule violations into warnings. */
    public static ScenarioDocument load(Path file, boolean lenient) throws ScenarioException {
        return new Source(file.toString(), ScenarioLoader.text(file), lenient, null, null).load();
    }

    /**
     * Reads {@code file} with what-if sections given as YAML text ({@code overridesYaml},
     * merged over the file's key by key; lists replace lists), whose problems name
     * {@code label} instead of the file.
     */
    public static ScenarioDocument load(Path file, boolean lenient, String label, String overridesYaml)
            throws ScenarioException {
        return new Source(file.toString(), ScenarioLoader.text(file), lenient, label, overridesYaml).load();
    }

    /** As {@link #load(Path, boolean, String, String)} from text (for tests). */
    public static ScenarioDocument loadString(String fileName, String text, boolean lenient, String label,
                                              String overridesYaml) throws ScenarioException {
        return new Source(fileName, text, lenient, overridesYaml == null ? null : label, overridesYaml).load();
    }

    /** What this document was read from (before {@link #only} pruned it). */
    public Source source() {
        return source;
    }

    /** The file name as given. */
    public String file() {
        return file;
    }

    /** The nominal study (uncertain values at their nominal) and the notices. */
    public Loaded loaded() {
        return loaded;
    }

    /** The what-if sections, or null when the file has none. */
    public WhatIf whatIf() {
        return whatIf;
    }

    /**
     * The study with {@code settings} applied; a problem is reported at the declaration of
     * the setting it concerns (the first setting when none does), naming the values tried.
     */
    public Study study(List<WhatIf.Setting> settings) throws ScenarioException {
        Node edited;
        try {
            edited = Edits.apply(tree, settings);
        } catch (IllegalArgumentException e) {
            throw located(settings, e.getMessage(), "");
        }
        try {
            return ScenarioLoader.read(file, edited, lenient);
        } catch (ScenarioException e) {
            Problem p = e.problems().get(0);
            throw located(settings, WhatIfReader.inner(p), p.yamlPath());
        }
    }

    /** This document with only the named configurations (the baseline is always read). */
    public ScenarioDocument only(Set<String> configurations) {
        if (!(tree instanceof MappingNode m)) {
            return this;
        }
        List<NodeTuple> out = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("configurations")
                    && t.getValueNode() instanceof SequenceNode seq) {
                List<Node> kept = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    Optional<Node> name = TreePath.parse("name").find(item instanceof MappingNode ? item : null);
                    if (name.isPresent() && name.get() instanceof ScalarNode s && configurations.contains(s.getValue())) {
                        kept.add(item);
                    }
                }
                out.add(new NodeTuple(t.getKeyNode(), new SequenceNode(seq.getTag(), true, kept, seq.getFlowStyle(),
                        seq.getStartMark(), seq.getEndMark())));
            } else {
                out.add(t);
            }
        }
        Node pruned = new MappingNode(m.getTag(), true, out, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
        return new ScenarioDocument(source, pruned, loaded, whatIf);
    }

    /** The first problem of the variant with {@code settings}, or empty when it loads. */
    Optional<Problem> firstProblem(List<WhatIf.Setting> settings) {
        try {
            ScenarioLoader.read(file, Edits.apply(tree, settings), lenient);
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(e.problems().get(0));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Problem(file, 1, 1, "", e.getMessage()));
        }
    }

    private static ScenarioException located(List<WhatIf.Setting> settings, String message, String problemPath) {
        WhatIf.Setting at = settings.stream().filter(s -> problemPath.startsWith(s.parameter().path())).findFirst()
                .orElse(settings.isEmpty() ? null : settings.get(0));
        if (at == null) {
            return new ScenarioException(List.of(new Problem("", 1, 1, "", message)));
        }
        StringBuilder values = new StringBuilder();
        for (WhatIf.Setting s : settings) {
            values.append(values.length() == 0 ? "at " : ", ").append(s.parameter().path()).append(" = ")
                    .append(s.parameter().describe(s.value()));
        }
        var o = at.parameter().origin();
        return new ScenarioException(List.of(new Problem(o.file(), o.line(), o.column(), o.path(),
                values + ": " + message)));
    }
}
