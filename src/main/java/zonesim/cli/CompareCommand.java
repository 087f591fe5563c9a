package zonesim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zonesim compare}: every configuration on common random numbers; prints only the paired differences. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Run every configuration on common random numbers and print paired differences.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "also write results there")
    Path out;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var outw = spec.commandLine().getOut();
        SimulationJob.Outcome o = SimulationJob.run(options.study(err), options.threads(), err);
        o.printDifferences(outw, err);
        if (out != null) {
            o.write(out);
            outw.println("results written to " + out);
        } else {
            o.discard();
        }
        outw.flush();
        return 0;
    }
}
