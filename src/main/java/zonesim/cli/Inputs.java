package zonesim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zonesim.model.Study;
import zonesim.scenario.Loaded;
import zonesim.scenario.ScenarioException;
import zonesim.scenario.ScenarioLoader;

/** Loading scenario files for commands, with the command-line overrides applied. */
final class Inputs {
    private Inputs() { }

    /** Loads {@code file}, prints notices to {@code err}, applies -n and --seed to every configuration. */
    static Study load(Path file, boolean lenient, Integer replications, Long seed, PrintWriter err)
            throws ScenarioException, UserError {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such scenario file", Main.INVALID);
        }
        Loaded loaded = ScenarioLoader.load(file, lenient);
        loaded.notices().forEach(err::println);
        Study study = loaded.study();
        if (replications != null && (replications < 1 || replications > 10_000_000)) {
            throw new UserError("-n must be in [1, 10000000]", Main.INVALID);
        }
        if (replications == null && seed == null) {
            return study;
        }
        List<Study.Configuration> configs = new ArrayList<>();
        for (Study.Configuration c : study.configurations()) {
            var s = c.scenario();
            configs.add(new Study.Configuration(c.name(), s.withRun(
                    replications != null ? replications : s.replications(), seed != null ? seed : s.seed())));
        }
        return new Study(study.file(), configs);
    }
}
