package zonesim.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zonesim.exact.ExactEngine;
import zonesim.exact.ExactReport;
import zonesim.exact.ExactResult;
import zonesim.model.Scenario;

/** {@code zonesim analyze}: exact steady-state figures (SPEC 7). */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Exact steady-state availability, outage frequency and importance ranking.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml")
    Path file;

    @Option(names = "--json", description = "print JSON (SPEC 7 shape)")
    boolean json;

    @Option(names = "--configuration", paramLabel = "NAME", description = "configuration to analyse (default: baseline)")
    String configuration = "baseline";

    @Option(names = "--lenient")
    boolean lenient;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        var study = Inputs.load(file, lenient, null, null, err);
        Scenario s = study.configurations().stream().filter(c -> c.name().equals(configuration)).findFirst()
                .orElseThrow(() -> new UserError("no configuration named '" + configuration + "' in " + file
                        + "; it has: " + String.join(", ", study.configurations().stream()
                        .map(zonesim.model.Study.Configuration::name).toList()), Main.INVALID))
                .scenario();
        Optional<String> why = ExactEngine.notApplicable(s);
        if (why.isPresent()) {
            err.println("zonesim: note: exact figures ignore " + why.get()
                    + "; they describe the steady state of the random processes alone");
        }
        if (!s.steady()) {
            err.println("zonesim: note: the scenario starts fresh (start: fresh); exact figures describe the steady"
                    + " state, which a fresh run approaches only over time, so run shows no exact column");
        }
        ExactResult r = ExactEngine.analyze(s);
        out.print(json ? ExactReport.json(r) : ExactReport.text(r, s));
        out.flush();
        return 0;
    }
}
