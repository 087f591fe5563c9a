package zonesim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import zonesim.scenario.RegionCatalogue;

/** {@code zonesim regions}: the built-in region catalogue (SPEC 1, 4.4): id, display name, availability zones. */
@Command(name = "regions", mixinStandardHelpOptions = true,
        description = "List the built-in region catalogue: name, display name, availability zones yes/no.")
final class RegionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        RegionCatalogue cat = RegionCatalogue.builtIn();
        int id = "name".length();
        int display = "display name".length();
        for (RegionCatalogue.Entry e : cat.entries()) {
            id = Math.max(id, e.id().length());
            display = Math.max(display, e.displayName().length());
        }
        String row = "%-" + id + "s  %-" + display + "s  %s%n";
        out.printf(row, "name", "display name", "zones");
        for (RegionCatalogue.Entry e : cat.entries()) {
            out.printf(row, e.id(), e.displayName(), e.hasZones() ? "yes" : "no");
        }
        out.printf("%n%d regions, %d with availability zones (use a name as a key under topology.regions, "
                + "registry.replicas or clients)%n", cat.entries().size(),
                cat.entries().stream().filter(RegionCatalogue.Entry::hasZones).count());
        out.flush();
        return 0;
    }
}
