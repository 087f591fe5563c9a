package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonesim.experiment.WorkEstimate;

/**
 * Seeded fuzz of the loader (issue 16): mutations ({@link Mutator}) of every scenario in
 * {@code scenarios/} and {@code src/test/resources}, each of which must end, within a time
 * budget, either valid (and then have a work estimate) or in a ScenarioException whose
 * problems are each one printable line of bounded length and none an "internal error".
 * Anything else (another exception, a stack overflow, a hang, a raw control character, an
 * overlong line) is an escape; escapes are saved under {@code target/fuzz-escapes/} with the
 * index that reproduces them.
 *
 * <p>{@code mvn -B verify} runs {@value #DEFAULT_INPUTS} inputs; {@code mvn -B -Pfuzz test}
 * runs 100,000 (see README, "Limits and fuzzing"). System properties: {@code zonesim.fuzz.inputs},
 * {@code zonesim.fuzz.seed}, {@code zonesim.fuzz.budget.seconds} (per input).
 */
class LoaderFuzzTest {
    static final int DEFAULT_INPUTS = 3000;
    private static final long DEFAULT_SEED = 16;
    /** Raw-byte inputs (read through the file loader, so invalid UTF-8 reaches its decoder): 1 in this many. */
    private static final int FILE_EVERY = 20;

    @TempDir
    Path tmp;

    @Test
    void everyMutatedScenarioEndsValidOrInOneLineProblems() throws Exception {
        int inputs = Integer.getInteger("zonesim.fuzz.inputs", DEFAULT_INPUTS);
        long seed = Long.getLong("zonesim.fuzz.seed", DEFAULT_SEED);
        double budget = Double.parseDouble(System.getProperty("zonesim.fuzz.budget.seconds", "10"));
        List<String> corpus = corpus();
        List<String> escapes = new ArrayList<>();
        int valid = 0;
        long slowest = 0;
        ExecutorService worker = newWorker();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < inputs; i++) {
                SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
                String base = corpus.get(rnd.nextInt(corpus.size()));
                String text = new Mutator(rnd).mutate(base);
                boolean asFile = rnd.nextInt(FILE_EVERY) == 0;
                Path file = asFile ? flippedFile(text, rnd) : null;
                long t0 = System.nanoTime();
                Future<String> f = worker.submit(() -> check(text, file));
                String problem;
                try {
                    problem = f.get((long) (budget * 1000), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker(); // the stuck thread is a daemon and is left behind
                    problem = "took longer than " + budget + " s";
                } catch (ExecutionException e) {
                    problem = "escaped: " + e.getCause();
                }
                slowest = Math.max(slowest, System.nanoTime() - t0);
                if (problem == null) {
                    valid++;
                } else if (!problem.equals("invalid")) {
                    escapes.add("input " + i + " (seed " + seed + "): " + problem);
                    save(i, text);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("loader fuzz: %d inputs (seed %d) in %.1f s, %d valid, %d escapes, slowest %.2f s%n", inputs,
                seed, (System.nanoTime() - start) / 1e9, valid, escapes.size(), slowest / 1e9);
        assertEquals(List.of(), escapes.subList(0, Math.min(10, escapes.size())), escapes.size() + " escapes");
        assertFalse(valid == inputs, "every input valid: the mutations are not biting");
    }

    /** Null if valid, "invalid" if rejected cleanly, else what went wrong. */
    private static String check(String text, Path file) throws IOException {
        try {
            Loaded l = file != null ? ScenarioLoader.load(file, false) : ScenarioLoader.loadString("fuzz.yaml", text, false);
            for (String notice : l.notices()) {
                String bad = badLine(notice);
                if (bad != null) {
                    return "notice " + bad;
                }
            }
            WorkEstimate w = WorkEstimate.of(l.study(), true);
            return w.events() >= 0 ? null : "work estimate " + w.events();
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                String bad = badLine(p.toString());
                if (bad != null) {
                    return bad;
                }
            }
            return "invalid";
        }
    }

    /** Why {@code line} is not one printable line of bounded length without an internal error, or null. */
    static String badLine(String line) {
        if (line.length() > Problem.MAX_LINE) {
            return "line of " + line.length() + " characters";
        }
        if (line.contains("internal error")) {
            return Echo.line(line, 300);
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT) {
                return String.format("raw U+%04X in %s", (int) c, Echo.line(line, 300));
            }
        }
        return null;
    }

    /** The text's UTF-8 bytes with a few bits flipped, written to a file (invalid UTF-8 included). */
    private Path flippedFile(String text, SplittableRandom rnd) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < 1 + rnd.nextInt(4) && b.length > 0; k++) {
            b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
        }
        return Files.write(tmp.resolve("fuzz.yaml"), b);
    }

    private static void save(int index, String text) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "fuzz-escapes"));
        Files.writeString(dir.resolve(index + ".yaml"), text, StandardCharsets.UTF_8);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "loader-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    /** The seed scenarios: every YAML file in scenarios/ and src/test/resources. */
    static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path root : List.of(Path.of("scenarios"), Path.of("src", "test", "resources"))) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList())) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
