package zonesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zonesim.experiment.Replicator;
import zonesim.model.WhatIf;
import zonesim.report.ResultsStaging;
import zonesim.report.WhatIfResults;
import zonesim.report.WhatIfText;
import zonesim.scenario.ScenarioDocument;
import zonesim.whatif.UncertaintyResult;
import zonesim.whatif.UncertaintyRunner;

/** {@code zonesim uncertainty}: propagates the scenario's uncertain values (SPEC 9) to results/<name>-uncertainty/. */
@Command(name = "uncertainty", mixinStandardHelpOptions = true, description = "Draws plausible worlds from the "
        + "scenario's uncertain values (Latin hypercube), evaluates every configuration in each, and writes "
        + "results/<name>-uncertainty/.")
final class UncertaintyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WhatIfOptions options;

    @Option(names = "--worlds", paramLabel = "N", description = "worlds to draw (default: the section's, else 1000 "
            + "when every value is exact and 100 when simulating)")
    Integer worlds;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        List<String> lines = new ArrayList<>(options.settingsYaml());
        if (worlds != null) {
            lines.add("worlds: " + worlds);
        }
        ScenarioDocument doc = options.load("uncertainty", lines, err);
        WhatIf w = doc.whatIf();
        if (w == null || w.uncertainty() == null || w.uncertainty().parameters().isEmpty()) {
            throw new UserError(options.run.file + ": no value is uncertain: write one as, for example, "
                    + "mttf: { uncertain: { loguniform: [2y, 10y] } }", Main.INVALID);
        }
        String name = doc.loaded().study().baseline().name();
        Path dir = options.out != null ? options.out : Path.of("results", name + "-uncertainty");
        try (Replicator replicator = options.run.replicator(); // Spark starts, if at all, once every world has loaded
             ResultsStaging staging = SimulationJob.stage(dir)) { // checks --out and locks it before computing
            Progress progress = Progress.onTerminal() ? new Progress(0, err) : null;
            UncertaintyResult r = UncertaintyRunner.run(doc, w.uncertainty(), null,
                    options.options(replicator, progress));
            if (progress != null) {
                progress.finish();
            }
            out.print(WhatIfText.uncertainty(r));
            WhatIfResults.uncertainty(staging, r);
            out.printf("%ntook %.2f s; results written to %s%n", r.wallSeconds(), dir);
        }
        out.flush();
        return 0;
    }
}
