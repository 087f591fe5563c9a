package zonesim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.experiment.Experiment;
import zonesim.experiment.StudyResult;
import zonesim.experiment.Summary;
import zonesim.experiment.Timeline;
import zonesim.model.RegistrySpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.model.Study;
import zonesim.testing.Scenarios;

/**
 * Results folders for the report tests, written by the real writers from a real run:
 * the REF66 model (three regions, westeurope pinned to one datacenter) as the baseline
 * and a variant with westeurope zone-redundant, 20 replications of two years each.
 */
final class ResultsFixture {
    private ResultsFixture() { }

    /** The baseline and the zone-redundant variant. */
    static Study study() {
        Scenario base = Scenarios.ref66(20, 2 * 8760);
        RegistrySpec r = base.registry();
        Map<String, ReplicaSpec> replicas = new LinkedHashMap<>(r.replicas());
        replicas.put("westeurope", new ReplicaSpec("westeurope", true, null, true));
        Scenario zr = new Scenario(base.name(), base.description(), base.seed(), base.replications(),
                base.horizonHours(), base.confidence(), base.platform(), base.topology(), base.failures(),
                new RegistrySpec(r.name(), r.sku(), r.home(), replicas, r.writeQuorum(), r.zoneFailoverHours()),
                base.clients(), base.routing(), base.replication(), base.sla(), base.outages(), base.changes());
        return new Study("ref66.yaml", List.of(new Study.Configuration("baseline", base),
                new Study.Configuration("westeurope-zr", zr)));
    }

    /** Writes the data files of a fresh run into {@code dir} (no charts, no report) and returns it. */
    static Path write(Path dir) throws IOException {
        Study study = study();
        StudyResult r = Experiment.run(study, 2, i -> { });
        Summary s = Summary.of(r);
        new AtomicResults()
                .text("summary.json", SummaryFiles.json(r, s, Map.of(), List.of()))
                .text("summary.csv", SummaryFiles.csv(s, Map.of()))
                .text("replications.csv", ReplicationsCsv.write(r))
                .text("outage_durations.csv", SeriesFiles.outageDurations(r))
                .text("timeline.csv", SeriesFiles.timeline("baseline", Timeline.record(study.baseline(), 0, 100_000)))
                .commit(dir);
        return dir;
    }

    /** Adds SLA breach figures for two client regions to every configuration of the summary.json in {@code dir}. */
    static Path addSla(Path dir) throws IOException {
        Path p = dir.resolve("summary.json");
        String json = Files.readString(p, StandardCharsets.UTF_8);
        String sla = "\"sla\": {\n"
                + "  \"eastus\": { \"breach_probability\": { \"mean\": 0.15, \"ci_low\": 0.0524, \"ci_high\": 0.3604,"
                + " \"half_width\": 0.154, \"n\": 20 } },\n"
                + "  \"westeurope\": { \"breach_probability\": { \"mean\": 0.05, \"ci_low\": null, \"ci_high\": null,"
                + " \"half_width\": null, \"n\": 20 } } }";
        Files.writeString(p, json.replace("\"sla\": {}", sla), StandardCharsets.UTF_8);
        return dir;
    }
}
