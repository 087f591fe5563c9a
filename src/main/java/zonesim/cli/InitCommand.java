package zonesim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zonesim.scenario.DidYouMean;
import zonesim.scenario.RegionCatalogue;

/**
 * {@code zonesim init [--home R] [--replicas R,...] [-o S.yaml]}: a starter scenario that
 * validates (SPEC 1), to stdout or to a new file: the home region and each replica region
 * from the catalogue, zone-redundant where the region has zones, clients next to the home,
 * default failure figures marked as placeholders, and a configuration without zone
 * redundancy to compare against. Unknown regions are errors (exit 2) with a hint.
 */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Write a starter scenario that validates.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "REGION", description = "home region (default ${DEFAULT-VALUE})")
    String home = "eastus";

    @Option(names = "--replicas", paramLabel = "R,...", split = ",",
            description = "replica regions besides the home (default: none)")
    List<String> replicas = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "S.yaml", description = "file to write (default: stdout); never overwritten")
    Path output;

    @Override
    public Integer call() throws Exception {
        RegionCatalogue cat = RegionCatalogue.builtIn();
        List<String> regions = new ArrayList<>(List.of(home));
        replicas.stream().filter(r -> !regions.contains(r)).forEach(regions::add);
        List<String> ids = cat.entries().stream().map(RegionCatalogue.Entry::id).toList();
        for (String r : regions) {
            if (cat.find(r).isEmpty()) {
                throw new UserError("unknown region '" + r + "'" + DidYouMean.hint(r, ids)
                        + "; 'zonesim regions' lists them", Main.INVALID);
            }
        }
        String yaml = StarterScenario.yaml(home, regions, cat);
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (Files.exists(output)) {
            throw new UserError(output + ": already exists; choose another file name", Main.INVALID);
        }
        ImportCommand.writeAtomically(output, yaml);
        spec.commandLine().getOut().println("wrote " + output + "; next: ./zonesim validate " + output
                + " && ./zonesim run " + output);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
