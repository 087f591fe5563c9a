package zonesim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zonesim.importer.ImportException;
import zonesim.importer.Importer;

/**
 * {@code zonesim import FILE... [-o S.yaml]} (SPEC 8): a scenario from az CLI JSON, an ARM
 * template or Terraform JSON. Notices go to stderr; the scenario to {@code -o} (written to a
 * temporary file and renamed, so a failure leaves nothing) or to stdout. Malformed input is
 * one line naming the file and JSON location, exit 2.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Write a scenario from a real registry definition: az acr show [+ az acr replication list] "
                + "JSON, an ARM template (Bicep: az bicep build) with optional parameters file, or terraform show -json."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "input JSON files, recognised by content")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "S.yaml", description = "scenario file to write (default: stdout)")
    Path output;

    @Option(names = "--registry", paramLabel = "NAME", description = "the registry to import when the input has several")
    String registry;

    @Option(names = "--location", paramLabel = "REGION",
            description = "the resource group's region, for resourceGroup().location in ARM templates")
    String location;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME=VALUE",
            description = "an ARM template parameter value (repeatable)")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        List<Importer.Input> inputs = new ArrayList<>();
        for (Path f : files) {
            try {
                inputs.add(new Importer.Input(f.toString(), Files.readAllBytes(f)));
            } catch (NoSuchFileException e) {
                err.println(f + ": no such file");
                return Main.INVALID;
            } catch (IOException e) {
                err.println(f + ": cannot read: " + Main.describe(e));
                return Main.INVALID;
            }
        }
        Importer.Result result;
        try {
            String name = output != null ? output.toString() : "imported.yaml";
            result = Importer.run(inputs, new Importer.Options(registry, location, parameters), name);
        } catch (ImportException e) {
            err.println(e.getMessage());
            err.flush();
            return Main.INVALID;
        }
        result.notices().forEach(err::println);
        if (output == null) {
            out.print(result.yaml());
            out.flush();
        } else {
            writeAtomically(output, result.yaml());
            err.println("wrote " + output + ": " + result.summary());
        }
        err.flush();
        return 0;
    }

    /** Writes {@code text} to a temporary file beside {@code target}, then renames it over the target. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
