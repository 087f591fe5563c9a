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
import zonesim.whatif.SensitivityRunner;
import zonesim.whatif.SweepResult;
import zonesim.whatif.SweepRunner;
import zonesim.whatif.Tornado;

/** {@code zonesim sweep}: the scenario's sweep and sensitivity sections (SPEC 9), written to results/<name>-sweep/. */
@Command(name = "sweep", mixinStandardHelpOptions = true, description = "What-if curves and tornado charts: the "
        + "scenario's sweep and sensitivity sections (or --vary), written to results/<name>-sweep/.")
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WhatIfOptions options;

    @Option(names = "--vary", paramLabel = "PATH=VALUES", description = "a swept parameter, replacing the file's "
            + "(repeat for two): PATH=V1,V2,.. (listed values), PATH=FROM..TO[:STEPS][:log] (a range), "
            + "PATH=0.5x..2x[:STEPS] (a factor on the scenario's value)")
    List<String> vary = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        List<String> lines = new ArrayList<>(options.settingsYaml());
        if (!vary.isEmpty()) {
            lines.add("parameters:");
            for (String v : vary) {
                lines.add("  - " + Vary.yaml(v));
            }
        }
        ScenarioDocument doc = options.load("sweep", lines, err);
        WhatIf w = doc.whatIf();
        if (w == null || w.sweep() == null && w.sensitivity() == null) {
            throw new UserError(options.run.file + ": no sweep or sensitivity section: add one (see "
                    + "scenarios/reference.yaml) or give --vary PATH=VALUES", Main.INVALID);
        }
        String name = doc.loaded().study().baseline().name();
        Path dir = options.out != null ? options.out : Path.of("results", name + "-sweep");
        try (Replicator replicator = options.run.replicator(); // Spark starts, if at all, once every point has loaded
             ResultsStaging staging = SimulationJob.stage(dir)) { // checks --out and locks it before computing
            Progress progress = Progress.onTerminal() ? new Progress(0, err) : null;
            SweepResult r = w.sweep() == null ? null
                    : SweepRunner.run(doc, w.sweep(), options.options(replicator, progress));
            Tornado t = w.sensitivity() == null ? null
                    : SensitivityRunner.run(doc, w.sensitivity(), options.options(replicator, progress));
            if (progress != null) {
                progress.finish();
            }
            if (r != null) {
                out.print(WhatIfText.sweep(r));
            }
            if (t != null) {
                out.print(WhatIfText.tornado(t));
            }
            WhatIfResults.sweep(staging, r, t);
            out.printf("%ntook %.2f s; results written to %s%n", (r == null ? 0 : r.wallSeconds())
                    + (t == null ? 0 : t.wallSeconds()), dir);
        }
        out.flush();
        return 0;
    }
}
