package zonesim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import zonesim.experiment.Replicator;
import zonesim.experiment.RunPlan;
import zonesim.experiment.StudyResult;
import zonesim.experiment.StudyRunner;
import zonesim.report.SummaryFiles;
import zonesim.testing.SummaryJson;

/**
 * The Spark backend in local mode: the same results as local threads, byte for byte (the
 * performance block apart), when a task fails and is retried and when several studies share
 * one pass (as the points of a sweep do); a task that keeps failing ends the run with one
 * line. The command line's use of it is in {@code zonesim.cli.SparkCommandTest}.
 */
class SparkRunnerTest {
    /** Has clients, injected outages (so outage drills) and configurations: every kind of run. */
    static final Path SCENARIO = Path.of("scenarios/reference.yaml");

    @Test
    void retriedTasksAndSharedPassesChangeNothing() throws IOException {
        String yaml = Files.readString(SCENARIO, StandardCharsets.UTF_8);
        // 22 replications on 2 cores: 8 units (see unitsAreBalancedAndNeverSpanStudies); the
        // first attempt of every task of study a that has to build it fails
        YamlSource a = new YamlSource(SCENARIO.toString(), yaml, 12, 7, 1);
        YamlSource b = new YamlSource(SCENARIO.toString(), yaml, 10, 8, 0);
        List<StudyRunner.Job> jobs = List.of(new StudyRunner.Job(a.healthy().study(), a, null),
                new StudyRunner.Job(b.study(), b, null));
        List<StudyResult> local = StudyRunner.runAll(jobs, Replicator.local(2), i -> { });
        int failedBefore = YamlSource.FAILED.get();
        AtomicInteger progress = new AtomicInteger();
        List<StudyResult> spark;
        int failedInPass;
        YamlSource doomed = new YamlSource(SCENARIO.toString(), yaml, 8, 7, Integer.MAX_VALUE);
        IllegalStateException failure;
        try (Replicator r = SparkReplicator.start("local[2,2]")) { // 2 threads, 2 attempts per task
            spark = StudyRunner.runAll(jobs, r, progress::set);
            failedInPass = YamlSource.FAILED.get() - failedBefore;
            failure = assertThrows(IllegalStateException.class, () ->
                    StudyRunner.run(new StudyRunner.Job(doomed.healthy().study(), doomed, null), r, i -> { }));
        }
        assertTrue(failedInPass >= 1, "no task failed: the retry went untested");
        assertEquals(22, progress.get(), "progress counts the replications of both studies");
        for (int k = 0; k < jobs.size(); k++) {
            assertEquals(SummaryJson.withoutPerformance(SummaryFiles.json(local.get(k), Map.of())),
                    SummaryJson.withoutPerformance(SummaryFiles.json(spark.get(k), Map.of())), "study " + k);
        }
        // 8 replications: blocks of ceil(8 / 8) = 1; whichever unit failed first on both attempts is named
        assertTrue(failure.getMessage().matches("Spark could not compute replications (\\d)\\.\\.\\1: .*"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("injected failure of attempt 1"), failure.getMessage());
    }

    @Test
    void unitsAreBalancedAndNeverSpanStudies() throws IOException {
        String yaml = Files.readString(SCENARIO, StandardCharsets.UTF_8);
        List<Replicator.Batch> batches = new ArrayList<>();
        for (int n : new int[] {12, 10}) {
            YamlSource s = new YamlSource(SCENARIO.toString(), yaml, n, 7, 0);
            batches.add(new Replicator.Batch(s, RunPlan.of(s.study()).runs(), n, (i, o) -> { }));
        }
        // 22 replications, 2 cores, 4 units per core: blocks of ceil(22 / 8) = 3 replications,
        // cut afresh in each study: 12 = 3 + 3 + 3 + 3, 10 = 3 + 3 + 3 + 1
        assertEquals(List.of(new Unit(0, 0, 3), new Unit(0, 3, 3), new Unit(0, 6, 3), new Unit(0, 9, 3),
                new Unit(1, 0, 3), new Unit(1, 3, 3), new Unit(1, 6, 3), new Unit(1, 9, 1)),
                SparkReplicator.units(batches, 2, Long.MAX_VALUE));
        // one core would take blocks of ceil(22 / 4) = 6; a byte budget of 2.5 replications' worth cuts them to 2
        long perReplication = batches.get(0).runs().stream().mapToLong(r -> 8L * r.catalog().recordSize() + 64
                + 16L * r.catalog().replicas().size()).sum();
        List<Unit> small = SparkReplicator.units(batches, 1, perReplication * 5 / 2);
        assertEquals(6 + 5, small.size());
        assertTrue(small.stream().allMatch(u -> u.count() == 2), small.toString());
    }

    @Test
    void onlyTheSparkPackageRefersToSpark() throws IOException {
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                boolean spark = root.relativize(f).startsWith(Path.of("zonesim", "spark"));
                if (!spark) {
                    assertFalse(Files.readString(f).contains("org.apache.spark"), f + " refers to Spark");
                }
            }
        }
    }
}
