package zonesim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zonesim.model.Study;
import zonesim.scenario.Echo;
import zonesim.scenario.ScenarioException;

/** {@code zonesim validate}: parse and check only. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Parse and check scenario files; exit 0 if all are valid.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml")
    List<Path> files;

    @Option(names = "--lenient", description = "report platform-rule violations as warnings")
    boolean lenient;

    @Option(names = "--force", description = "accept an estimated work above the limit")
    boolean force;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        int code = 0;
        for (Path f : files) {
            try {
                Study s = Inputs.load(f, lenient, null, null, err);
                out.printf("%s: valid (%d configuration%s)%n", f, s.configurations().size(),
                        s.configurations().size() == 1 ? "" : "s");
                WorkGate.check(s, true, Threads.resolve(null), force, f + ": ", out);
            } catch (ScenarioException e) {
                e.problems().forEach(err::println);
                code = Main.INVALID;
            } catch (UserError e) {
                err.println("zonesim: " + Echo.line(e.getMessage(), Echo.LINE_LENGTH));
                code = Math.max(code, e.exitCode());
            } catch (RuntimeException e) { // a failure of the speed sample: report it and go on with the next file
                err.println("zonesim: " + Echo.line(f + ": error: " + Main.describe(e), Echo.LINE_LENGTH));
                code = Math.max(code, Main.FAILED);
            }
        }
        out.flush();
        err.flush();
        return code;
    }
}
