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

    /** The text of {@code file} (at most {@link Limits#MAX_BYTES} of UTF-8), or a problem saying why it cannot be read. */
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

    /**
     * Parses and validates {@code yamlText} as if read from {@code fileName} (for tests, and for
     * remote tasks that rebuild a study from the text the driver read). Nothing
     * but a ScenarioException leaves: a failure of the loader itself is reported as a problem.
     */
    public static Loaded loadString(String fileName, String yamlText, boolean lenient) throws ScenarioException {
        try {
            return parse(fileName, yamlText, lenient);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ScenarioException(List.of(new Problem(fileName, 1, 1, "",
                    "internal error while reading the scenario: " + e)));
        }
    }

    private static ScenarioException unreadable(Path file, String why) {
        return new ScenarioException(List.of(new Problem(file.toString(), 1, 1, "",
                "cannot read scenario file " + Echo.quote(file.toString()) + ": " + why)));
    }

    private static Loaded parse(String fileName, String yamlText, boolean lenient) throws ScenarioException {
        Diagnostics base = new Diagnostics(fileName, "", lenient, new HashSet<>());
        List<Diagnostics> all = new ArrayList<>(List.of(base));
        RegionCatalogue catalogue = RegionCatalogue.builtIn();
        String defaultName = baseName(fileName);
        List<Study.Configuration> configurations = new ArrayList<>();
        Optional<Node> root = YamlTree.compose(base, yamlText);
        if (root.isPresent()) {
            Node baseRoot = Merger.without(root.get(), "configurations");
            Scenario baseline = ScenarioReader.read(base, baseRoot, defaultName, catalogue);
            if (baseline != null) {
                configurations.add(new Study.Configuration(ConfigurationsReader.BASELINE, baseline));
            }
            configurations.addAll(ConfigurationsReader.read(base, root.get(), baseRoot, defaultName, catalogue, all));
        }
        List<Problem> errors = collect(all, true);
        if (!errors.isEmpty() || all.stream().anyMatch(Diagnostics::hasErrors)) {
            if (errors.isEmpty()) {
                errors = List.of(new Problem(fileName, 1, 1, "", "the scenario is invalid"));
            }
            throw new ScenarioException(errors);
        }
        List<String> notices = collect(all, false).stream().map(Problem::toString).collect(Collectors.toList());
        return new Loaded(new Study(fileName, configurations), notices);
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
