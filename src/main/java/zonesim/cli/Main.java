package zonesim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zonesim.scenario.Echo;
import zonesim.scenario.ScenarioException;

/**
 * The {@code zonesim} command line (SPEC 1). Exit codes: 0 success, 1 simulation or I/O
 * failure, 2 invalid input. User errors print one line per problem, never a stack trace.
 */
@Command(name = "zonesim", mixinStandardHelpOptions = true, version = "zonesim 0.1.0",
        description = "Availability simulator for zone-redundant, geo-replicated container registries.",
        subcommands = {RunCommand.class, ValidateCommand.class, CompareCommand.class, AnalyzeCommand.class,
                ReportCommand.class, RegionsCommand.class, InitCommand.class, BenchCommand.class, ImportCommand.class,
                SweepCommand.class, UncertaintyCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for invalid input. */
    public static final int INVALID = 2;
    /** Exit code for a failed simulation or I/O. */
    public static final int FAILED = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ScenarioException se) {
                se.problems().forEach(p -> err.println(p));
                err.flush();
                return INVALID;
            }
            if (ex instanceof UserError ue) {
                err.println("zonesim: " + Echo.line(ue.getMessage(), Echo.LINE_LENGTH));
                err.flush();
                return ue.exitCode();
            }
            if (OutOfMemory.causedBy(ex)) {
                throw (OutOfMemoryError) OutOfMemory.cause(ex);
            }
            err.println("zonesim: error: " + Echo.line(describe(ex), Echo.LINE_LENGTH));
            if (System.getenv("ZONESIM_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        return cl.execute(args);
    }

    /** A one-line description of a failure, naming the file for file-system errors. */
    static String describe(Exception ex) {
        if (ex instanceof java.nio.file.FileSystemException fse) {
            String why = fse.getReason() != null ? fse.getReason()
                    : ex instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : ex instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
                    : ex instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : ex instanceof java.nio.file.NotDirectoryException ? "not a directory"
                    : ex.getClass().getSimpleName();
            return "cannot write " + fse.getFile() + ": " + why;
        }
        return ex.getMessage() == null ? ex.toString() : ex.getMessage();
    }

    /** Entry point. An out-of-memory error in any thread ends the process with one line and exit 1. */
    public static void main(String[] args) {
        OutOfMemory.install();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = execute(args, out, err);
        } catch (OutOfMemoryError e) {
            OutOfMemory.exit();
            return;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
