package zonesim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import zonesim.scenario.RegionCatalogue;
import zonesim.scenario.ScenarioException;
import zonesim.scenario.ScenarioLoader;

/**
 * {@code zonesim import} (SPEC 8): reads registry definitions, recognised by content (Azure
 * CLI output, ARM templates and their parameters files, Terraform JSON), and writes a
 * scenario that validates and runs as it is. The scenario is checked with the scenario
 * loader before it is returned, so a caller never writes one that would not load.
 */
public final class Importer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Importer() { }

    /** One input file: the name to report and its bytes. */
    public record Input(String name, byte[] bytes) { }

    /**
     * Choices from the command line: the registry to import when the input holds several (null:
     * the only one), the region of {@code resourceGroup().location} (null: unknown), and ARM
     * template parameter values by name.
     */
    public record Options(String registry, String location, Map<String, String> parameters) {
        public Options {
            parameters = Map.copyOf(parameters);
        }
    }

    /** The scenario text, the notices met (one line each), and a one-line summary of the registry. */
    public record Result(String yaml, List<String> notices, String summary) {
        public Result {
            notices = List.copyOf(notices);
        }
    }

    /** Imports {@code inputs}; {@code scenarioFile} names the scenario in validation messages. */
    public static Result run(List<Input> inputs, Options options, String scenarioFile) throws ImportException {
        if (inputs.isEmpty()) {
            throw new ImportException("no input files");
        }
        Found found = new Found();
        Map<String, JsonNode> params = new LinkedHashMap<>();
        Map<String, String> paramSources = new HashMap<>();
        List<JsonDoc> docs = new ArrayList<>();
        for (Input in : inputs) {
            docs.add(JsonDoc.parse(in.name(), in.bytes()));
        }
        List<String> sources = new ArrayList<>();
        for (JsonDoc d : docs) {
            if (ArmParameters.accepts(d.root())) {
                ArmParameters.read(d, params, paramSources, found);
            }
        }
        options.parameters().forEach((k, v) -> {
            params.put(k, parameterValue(v));
            paramSources.put(k, "--parameter");
        });
        for (JsonDoc d : docs) {
            JsonNode root = d.root();
            if (TerraformReader.accepts(root)) {
                TerraformReader.read(d, found, options.location());
                sources.add("terraform show -json");
            } else if (ArmReader.accepts(root)) {
                ArmReader.read(d, found, options.location(), params, paramSources);
                sources.add(root.has("languageVersion") ? "ARM template, languageVersion "
                        + root.get("languageVersion").asText() : "ARM template");
            } else if (AzCliReader.accepts(root)) {
                AzCliReader.read(d, found);
                sources.add("az CLI");
            } else if (!ArmParameters.accepts(root)) {
                throw d.error("", "not a registry definition: expected the JSON of az acr show or az acr replication "
                        + "list, an ARM template (resources), or terraform show -json (format_version); found "
                        + AzCliReader.describe(root) + (root.isObject() ? " with keys " + keys(root) : ""));
            }
        }
        RegionNames regions = new RegionNames(RegionCatalogue.builtIn());
        List<String> files = inputs.stream().map(Input::name).collect(Collectors.toList());
        Imported imp = new Assembler(found, regions, options.location()).assemble(options.registry(), files,
                sources.stream().distinct().collect(Collectors.joining(", ")));
        PlatformChoice choice = PlatformChoice.of(imp, regions, found);
        String yaml = Writer.yaml(imp, choice, regions, Defaults.builtIn());
        try {
            ScenarioLoader.loadString(scenarioFile, yaml, false);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the imported scenario does not validate: "
                    + e.problems().stream().map(Object::toString).collect(Collectors.joining("; ")), e);
        }
        return new Result(yaml, found.notices(), summary(imp, choice));
    }

    private static String summary(Imported imp, PlatformChoice choice) {
        String replicas = imp.replicas().stream().map(r -> r.region() + (r.zr() ? " zone-redundant" : "")
                + (r.routing().value() ? "" : " not routed")).collect(Collectors.joining(", "));
        return "registry " + imp.displayName() + ": " + imp.sku().value() + ", home " + imp.home() + ", "
                + imp.replicas().size() + " replica" + (imp.replicas().size() == 1 ? "" : "s") + " (" + replicas
                + "); platform " + choice.platform();
    }

    /** A --parameter value: JSON when it parses as a boolean, number, array or object, else the text. */
    static JsonNode parameterValue(String v) {
        String t = v.strip();
        if (t.equals("true") || t.equals("false") || t.matches("-?\\d+") || t.startsWith("[") || t.startsWith("{")) {
            try {
                return JSON.readTree(t);
            } catch (java.io.IOException e) {
                return ArmScope.NODES.textNode(v);
            }
        }
        return ArmScope.NODES.textNode(v);
    }

    private static String keys(JsonNode o) {
        List<String> k = new ArrayList<>();
        o.fieldNames().forEachRemaining(k::add);
        return k.size() > 6 ? String.join(", ", k.subList(0, 6)) + ", ..." : String.join(", ", k);
    }
}
