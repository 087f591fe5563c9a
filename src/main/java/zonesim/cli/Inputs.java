package zonesim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import zonesim.model.Study;
import zonesim.scenario.Loaded;
import zonesim.scenario.ScenarioException;
import zonesim.scenario.ScenarioLoader;

/** Loading scenario files for commands, with the command-line overrides applied. */
final class Inputs {
    private Inputs() { }

    /** A loaded study and the text it came from (what a remote task rebuilds it from). */
    record Input(Study study, ScenarioText source) { }

    /** Loads {@code file}, prints notices to {@code err}, applies -n and --seed to every configuration. */
    static Study load(Path file, boolean lenient, Integer replications, Long seed, PrintWriter err)
            throws ScenarioException, UserError {
        return read(file, lenient, replications, seed, err).study();
    }

    /** Refuses, with a line saying why, a scenario path that is not a readable file. */
    static void requireFile(Path file) throws UserError {
        if (Files.isDirectory(file)) {
            throw new UserError(file + ": is a folder, not a scenario file", Main.INVALID);
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such scenario file", Main.INVALID);
        }
    }

    /** As {@link #load}, keeping the text. */
    static Input read(Path file, boolean lenient, Integer replications, Long seed, PrintWriter err)
            throws ScenarioException, UserError {
        requireFile(file);
        ScenarioText source = new ScenarioText(file.toString(), ScenarioLoader.text(file), lenient, replications,
                seed);
        Loaded loaded = ScenarioLoader.loadString(source.file(), source.yaml(), lenient);
        loaded.notices().forEach(err::println);
        if (replications != null && (replications < 1 || replications > 10_000_000)) {
            throw new UserError("-n must be in [1, 10000000]", Main.INVALID);
        }
        return new Input(source.override(loaded.study()), source);
    }
}
