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
import zonesim.report.ResultsStaging;

/**
 * {@code zonesim report DIR}: redraw the charts and report.html of a results folder without
 * simulating. The folder's data is checked first (damaged or foreign data: exit 2, nothing
 * touched); the new folder is built beside it and replaces it whole (ResultsStaging), keeping
 * every file the report does not draw.
 */
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
        List<String> written;
        try {
            written = ReportBuilder.rebuild(dir);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Main.INVALID);
        } catch (ResultsStaging.UnusableTarget e) {
            throw new UserError(e.getMessage(), Main.INVALID);
        } catch (ResultsStaging.Busy e) {
            throw new UserError(e.getMessage(), Main.FAILED);
        } catch (RuntimeException e) {
            if (System.getenv("ZONESIM_DEBUG") != null) {
                e.printStackTrace(spec.commandLine().getErr());
            }
            throw new UserError(dir + ": the data in this folder cannot be drawn; it is damaged or was written by"
                    + " another version of zonesim (" + e.getClass().getSimpleName() + ")", Main.INVALID);
        }
        var out = spec.commandLine().getOut();
        out.printf("%s: wrote %s%n", dir, String.join(", ", written));
        out.flush();
        return 0;
    }
}
