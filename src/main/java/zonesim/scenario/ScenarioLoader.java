package zonesim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import zonesim.model.Scenario;
import zonesim.model.Study;
import zonesim.model.WhatIf;

/**
 * Reads a scenario file (SPEC 3) into a {@link Study}: the base scenario as {@code baseline},
 * then each configuration merged over it (SPEC 5), all validated, including the platform
 * rules of SPEC 4.4. Every problem found is reported, in document order, as one
 * {@link ScenarioException}; no other exception escapes.
 */
public final class ScenarioLoader {
    private static final Comparator<Problem> DOCUMENT_ORDER =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    private ScenarioLoader() { }

    /** Parses and validates; lenient turns platform-rule violations into warnings. */
    public static Loaded load(Path file, boolean lenient) throws ScenarioException {
        return loadString(file.toString(), text(file), lenient);
    }

    /** The text of {@code file} (at most {@link Limits#MAX_BYTES}, strict UTF-8), or a problem saying why it cannot be read. */
    public static String text(Path file) throws ScenarioException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(Limits.MAX_BYTES + 1);
            if (bytes.length > Limits.MAX_BYTES) {
                throw unreadable(file, "it is larger than " + Limits.MAX_BYTES + " bytes, the most a scenario file"
                        + " may have");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable(file, "not valid UTF-8 text");
        } catch (IOException | RuntimeException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw unreadable(file, why);
        }
    }

    private static ScenarioException unreadable(Path file, String why) {
        return new ScenarioException(List.of(new Problem(file.toString(), 1, 1, "",
                "cannot read scenario file " + Echo.quote(file.toString()) + ": " + why)));
    }

    /**
     * Parses and validates {@code yamlText} as if read from {@code fileName} (for tests, and for
     * remote tasks that rebuild a study from the text the driver read). Nothing but a
     * ScenarioException leaves: a failure of the loader itself is reported as a problem.
     */
    public static Loaded loadString(String fileName, String yamlText, boolean lenient) throws ScenarioException {
        return document(fileName, yamlText, lenient, null).loaded();
    }

    /**
     * Parses and validates {@code yamlText}, what-if sections included (SPEC 9);
     * {@code overrides} (may be null) is YAML text, labelled {@code --vary} and the like in
     * problems, whose sections replace the file's key by key.
     */
    static ScenarioDocument document(String fileName, String yamlText, boolean lenient, Overrides overrides)
            throws ScenarioException {
        try {
            return parse(fileName, yamlText, lenient, overrides);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ScenarioException(List.of(new Problem(fileName, 1, 1, "",
                    "internal error while reading the scenario: " + e)));
        }
    }

    /** YAML text given on the command line, and the label its problems carry. */
    record Overrides(String label, String yaml) { }

    private static ScenarioDocument parse(String fileName, String yamlText, boolean lenient, Overrides overrides)
            throws ScenarioException {
        Diagnostics base = new Diagnostics(fileName, "", lenient, new HashSet<>());
        Optional<Node> root = YamlTree.compose(base, yamlText);
        if (root.isPresent() && overrides != null) {
            Diagnostics cli = new Diagnostics(overrides.label(), "", lenient, new HashSet<>());
            Optional<Node> over = YamlTree.compose(cli, overrides.yaml());
            if (over.isEmpty()) {
                throw new ScenarioException(collect(List.of(cli), true));
            }
            root = Optional.of(Merger.merge(root.get(), over.get(), ""));
        }
        if (root.isEmpty()) {
            throw new ScenarioException(collect(List.of(base), true));
        }
        List<WhatIf.Uncertain> uncertain = new ArrayList<>();
        Node tree = UncertainReader.replace(base, root.get(), uncertain);
        WhatIf whatIf = WhatIfReader.read(base, tree, uncertain);
        for (String section : WhatIfReader.SECTIONS) {
            tree = Merger.without(tree, section);
        }
        for (WhatIf.Uncertain u : uncertain) {
            base.notice(TreePath.scalar("", Optional.of(Edits.mark(u.parameter().origin()))), u.parameter().path(),
                    "uncertain (" + u.describe() + "): run and compare use " + u.parameter().describe(u.nominal())
                    + ", " + (u.law().median() == u.nominal() ? "its median" : "the nominal value given")
                    + "; zonesim uncertainty draws it");
        }
        List<Diagnostics> all = new ArrayList<>(List.of(base));
        Study study = study(base, all, tree);
        List<String> notices = collect(all, false).stream().map(Problem::toString).collect(Collectors.toList());
        ScenarioDocument doc = new ScenarioDocument(new ScenarioDocument.Source(fileName, yamlText, lenient,
                overrides == null ? null : overrides.label(), overrides == null ? null : overrides.yaml()), tree,
                new Loaded(study, notices), whatIf);
        if (whatIf != null) {
            WhatIfReader.check(base, whatIf, doc::firstProblem);
            if (base.hasErrors()) {
                throw new ScenarioException(collect(List.of(base), true));
            }
        }
        return doc;
    }

    /** The study of a scenario tree without what-if sections; throws with every problem. */
    static Study read(String fileName, Node tree, boolean lenient) throws ScenarioException {
        Diagnostics base = new Diagnostics(fileName, "", lenient, new HashSet<>());
        return study(base, new ArrayList<>(List.of(base)), tree);
    }

    private static Study study(Diagnostics base, List<Diagnostics> all, Node root) throws ScenarioException {
        String fileName = base.file();
        RegionCatalogue catalogue = RegionCatalogue.builtIn();
        String defaultName = baseName(fileName);
        List<Study.Configuration> configurations = new ArrayList<>();
        Node baseRoot = Merger.without(root, "configurations");
        Scenario baseline = ScenarioReader.read(base, baseRoot, defaultName, catalogue);
        if (baseline != null) {
            configurations.add(new Study.Configuration(ConfigurationsReader.BASELINE, baseline));
        }
        configurations.addAll(ConfigurationsReader.read(base, root, baseRoot, defaultName, catalogue, all));
        List<Problem> errors = collect(all, true);
        if (!errors.isEmpty() || all.stream().anyMatch(Diagnostics::hasErrors)) {
            if (errors.isEmpty()) {
                errors = List.of(new Problem(fileName, 1, 1, "", "the scenario is invalid"));
            }
            throw new ScenarioException(errors);
        }
        return new Study(fileName, configurations);
    }

    private static List<Problem> collect(List<Diagnostics> all, boolean errors) {
        List<Problem> out = new ArrayList<>();
        for (Diagnostics d : all) {
            out.addAll(errors ? d.errors() : d.notices());
        }
        out.sort(DOCUMENT_ORDER);
        return out;
    }

    /** The file name without directories and extension: {@code scenarios/eastus-zr.yaml} gives {@code eastus-zr}. */
    static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
