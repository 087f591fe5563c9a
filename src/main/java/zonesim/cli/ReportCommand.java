package zonesim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import zonesim.report.ReportBuilder;
import zonesim.report.ResultsFolder;

/** {@code zonesim report DIR}: redraw the charts and report.html of a results folder without simulating. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Re-draw charts and report.html from a results folder.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "a results folder written by run (holds summary.json)")
    Path dir;

    @Override
    public Integer call() throws UserError, IOException {
        if (!ResultsFolder.isResultsFolder(dir)) {
            throw new UserError(dir + ": not a results folder (no summary.json)", Main.INVALID);
        }
        List<String> written = ReportBuilder.rebuild(dir);
        var out = spec.commandLine().getOut();
        out.printf("%s: wrote %s%n", dir, String.join(", ", written));
        out.flush();
        return 0;
    }
}
