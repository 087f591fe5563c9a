package zonesim.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zonesim.model.Placement;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.model.Study;
import zonesim.scenario.ScenarioException;
import zonesim.scenario.ScenarioLoader;

/** Test helpers: import sample files from src/test/resources/zonesim/importer and load the result. */
final class Imports {
    /** Where the sample inputs live. */
    static final Path DIR = Path.of("src/test/resources/zonesim/importer");

    private Imports() { }

    /** Options with nothing chosen. */
    static Importer.Options none() {
        return new Importer.Options(null, null, Map.of());
    }

    /** A sample file as an input named by its path under the samples folder. */
    static Importer.Input sample(String rel) {
        try {
            return new Importer.Input(rel, Files.readAllBytes(DIR.resolve(rel)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An inline JSON text as an input named {@code name}. */
    static Importer.Input text(String name, String json) {
        return new Importer.Input(name, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Imports the samples {@code rels} with {@code options}; fails the test on an import error. */
    static Importer.Result run(Importer.Options options, String... rels) {
        List<Importer.Input> in = new ArrayList<>();
        for (String r : rels) {
            in.add(sample(r));
        }
        return run(options, in);
    }

    /** Imports {@code inputs}; fails the test on an import error. */
    static Importer.Result run(Importer.Options options, List<Importer.Input> inputs) {
        try {
            return Importer.run(inputs, options, "imported.yaml");
        } catch (ImportException e) {
            throw new AssertionError("unexpected import error: " + e.getMessage(), e);
        }
    }

    /** The import error of {@code inputs}, asserted to be a single line naming file:line:col. */
    static String error(Importer.Options options, List<Importer.Input> inputs) {
        ImportException e = assertThrows(ImportException.class, () -> Importer.run(inputs, options, "imported.yaml"));
        String m = e.getMessage();
        assertTrue(!m.contains("\n") && !m.contains("\r"), () -> "more than one line: " + m);
        assertTrue(inputs.stream().anyMatch(in -> m.matches(java.util.regex.Pattern.quote(in.name()) + ":\\d+:\\d+: .+")),
                () -> "does not start with an input's file:line:col: " + m);
        assertTrue(!m.contains("Exception") && !m.contains("\tat "), () -> "looks like a stack trace: " + m);
        return m;
    }

    /** The written scenario, loaded and validated by the scenario loader as zonesim validate does. */
    static Study load(Importer.Result r) {
        try {
            return ScenarioLoader.loadString("imported.yaml", r.yaml(), false).study();
        } catch (ScenarioException e) {
            throw new AssertionError("the imported scenario does not load: " + e.problems() + "\n" + r.yaml(), e);
        }
    }

    /** The baseline of the written scenario. */
    static Scenario baseline(Importer.Result r) {
        return load(r).baseline();
    }

    /** Asserts replica {@code region} of {@code s} has the given zone redundancy and routing flag. */
    static void assertReplica(Scenario s, String region, boolean zoneRedundant, boolean routing) {
        ReplicaSpec r = s.registry().replicas().get(region);
        assertNotNull(r, () -> "no replica in " + region + "; replicas " + s.registry().replicas().keySet());
        assertEquals(zoneRedundant, r.zoneRedundant(), region + " zone redundancy");
        assertEquals(routing, r.routing(), region + " routing");
        if (!zoneRedundant) {
            assertTrue(r.placement() instanceof Placement.Random, region + " placement should be random");
        }
    }

    /** Asserts the registry's SKU, home and replica regions (in order). */
    static void assertRegistry(Scenario s, String sku, String home, String... replicas) {
        assertEquals(sku, s.registry().sku(), "sku");
        assertEquals(home, s.registry().home(), "home");
        assertEquals(List.of(replicas), new ArrayList<>(s.registry().replicas().keySet()), "replica regions");
    }

    /** True iff some notice contains {@code text}. */
    static boolean noticed(Importer.Result r, String text) {
        return r.notices().stream().anyMatch(n -> n.contains(text));
    }
}
