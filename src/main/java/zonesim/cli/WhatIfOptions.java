package zonesim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zonesim.experiment.Replicator;
import zonesim.scenario.Problem;
import zonesim.scenario.ScenarioDocument;
import zonesim.scenario.ScenarioException;
import zonesim.whatif.Evaluator;

/**
 * Options shared by {@code sweep} and {@code uncertainty} (a picocli mixin): {@code run}'s
 * ({@code -n} counts replications per point when simulating), {@code --out}, and those that
 * change the study ({@code --metric}, {@code --configurations}, {@code --method}, and each
 * command's own), which are written as YAML over the file's section so that they are
 * checked exactly like the file; their problems name the command line.
 */
final class WhatIfOptions {
    /** How problems in options given on the command line are labelled. */
    static final String LABEL = "command line";

    @Mixin
    RunOptions run;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder")
    Path out;

    @Option(names = "--metric", paramLabel = "METRIC", description = "a metric to study, as named in summary.json "
            + "(repeatable; replaces the section's metrics)")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--configurations", paramLabel = "NAME", split = ",",
            description = "configurations to evaluate (default: the section's, else all)")
    List<String> configurations = new ArrayList<>();

    @Option(names = "--method", paramLabel = "M", description = "auto (exact where SPEC 7 applies, else simulated), "
            + "exact or simulate")
    String method;

    /** The YAML lines of the shared settings, indented for a section body (empty when none is given). */
    List<String> settingsYaml() {
        List<String> out = new ArrayList<>();
        if (!metrics.isEmpty()) {
            out.add("metrics: " + list(metrics));
        }
        if (!configurations.isEmpty()) {
            out.add("configurations: " + list(configurations));
        }
        if (method != null) {
            out.add("method: " + quote(method));
        }
        return out;
    }

    /** Loads the scenario with {@code section}'s {@code lines} over the file's; prints the notices. */
    ScenarioDocument load(String section, List<String> lines, PrintWriter err) throws Exception {
        Path file = run.file;
        Inputs.requireFile(file);
        if (run.replications != null && (run.replications < 1 || run.replications > 10_000_000)) {
            throw new UserError("-n must be in [1, 10000000]", Main.INVALID);
        }
        ScenarioDocument doc;
        try {
            doc = lines.isEmpty() ? ScenarioDocument.load(file, run.lenient)
                    : ScenarioDocument.load(file, run.lenient, LABEL, section + ":\n" + String.join("\n",
                    lines.stream().map(l -> "  " + l).toList()) + "\n");
        } catch (ScenarioException e) {
            throw commandLine(e);
        }
        doc.loaded().notices().forEach(err::println);
        return doc;
    }

    /**
     * Problems in the options themselves have no useful line and column (the YAML was written
     * by this class): they are reported as {@code command line: PATH: message}, the nth
     * {@code --vary} named; problems in the file are left as they are.
     */
    private static Exception commandLine(ScenarioException e) {
        if (e.problems().stream().noneMatch(p -> p.file().equals(LABEL))) {
            return e;
        }
        StringBuilder sb = new StringBuilder();
        for (Problem p : e.problems()) {
            String line = p.file().equals(LABEL) ? LABEL + ": " + p.yamlPath() + ": " + p.message() : p.toString();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^sweep\\.parameters\\[(\\d+)\\]")
                    .matcher(p.yamlPath());
            if (p.file().equals(LABEL) && m.find()) {
                line += " (--vary number " + (Integer.parseInt(m.group(1)) + 1) + ")";
            }
            sb.append(sb.length() == 0 ? "" : "\nzonesim: ").append(line);
        }
        return new UserError(sb.toString(), Main.INVALID);
    }

    /** The evaluation options, replications computed by {@code replicator}, with progress on a terminal. */
    Evaluator.Options options(Replicator replicator, Progress progress) throws UserError {
        return new Evaluator.Options(run.threads(), replicator, run.replications, run.seed,
                progress == null ? (d, n) -> { } : progress::update);
    }

    /** {@code ["a", "b"]}. */
    static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(WhatIfOptions::quote).toList()) + "]";
    }

    /** A double-quoted YAML scalar. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
