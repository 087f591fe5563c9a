package zonesim.report;

import zonesim.distribution.Fixed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.experiment.StudyRunner;
import zonesim.experiment.StudyResult;
import zonesim.model.ChangeSpec;
import zonesim.model.ClientSpec;
import zonesim.model.CostsSpec;
import zonesim.distribution.Distribution;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.RegistrySpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.model.Study;
import zonesim.testing.Scenarios;

/**
 * Results folders for the report tests, written by the real writers from a real run:
 * the REF66 model (three regions, westeurope pinned to one datacenter) as the baseline
 * and a variant with westeurope zone-redundant, 20 replications of two years each; and a
 * small migration with phases ({@link #phased}).
 */
final class ResultsFixture {
    private ResultsFixture() { }

    /**
     * The baseline and the zone-redundant variant, with East US clients (100 pulls and 1 push an
     * hour) and prices: USD 50 per replica and month, 10 more per zone-redundant replica, 1,000
     * per hour of East US pull downtime, 1 per failed push, 500 per lost push. Infrastructure a
     * year: baseline 12 x (3 x 50 + 2 x 10) = 2,040; westeurope-zr 12 x (3 x 50 + 3 x 10) = 2,160.
     */
    static Study study() {
        Scenario ref = Scenarios.ref66(20, 2 * 8760);
        Scenario base = new Scenario(ref.name(), ref.description(), ref.seed(), ref.replications(), ref.horizonHours(),
                ref.confidence(), ref.platform(), ref.start(), ref.topology(), ref.failures(), ref.commonCauses(),
                ref.registry(), Map.of("eastus", new ClientSpec("eastus", 100, 1, List.of(), 37.37, -79.82)),
                ref.routing(), ref.replication(), ref.sla(),
                new CostsSpec("USD", 50, 10, Map.of("eastus", 1000.0), 1, 500), ref.outages(), ref.changes());
        return withZoneRedundantWesteurope(base);
    }

    /** The REF66 model without clients or costs, and its zone-redundant variant. */
    static Study bare() {
        return withZoneRedundantWesteurope(Scenarios.ref66(20, 2 * 8760));
    }

    private static Study withZoneRedundantWesteurope(Scenario base) {
        RegistrySpec r = base.registry();
        Map<String, ReplicaSpec> replicas = new LinkedHashMap<>(r.replicas());
        replicas.put("westeurope", new ReplicaSpec("westeurope", true, null, true));
        Scenario zr = base.withRegistry(new RegistrySpec(r.name(), r.sku(), r.home(), replicas, r.writeQuorum(),
                r.zoneFailoverHours()));
        return new Study("ref66.yaml", List.of(new Study.Configuration("baseline", base),
                new Study.Configuration("westeurope-zr", zr)));
    }

    /**
     * A migration on a deterministic case (no random failures, injected outages, detection fixed),
     * 2 replications of 60 days: West US 2 added on day 10 (10 h sync), East US taken out of the
     * endpoint on day 20 (or on day {@code cutoverDay} in the variant); East US down 6 h from
     * hours 50, 300 and 600. Phases [0, 240), [240, 480), [480, 1440) hours. The variant
     * detects failures in 10 min instead of 2 min. Clients' pulls per phase (baseline):
     * 1 - 6/240 = 0.975, 1 - (2/60)/240 = 0.99986111 (failover after detection), 1.
     */
    static Study phased(double cutoverDay) {
        return new Study("phased.yaml", List.of(new Study.Configuration("baseline", migration(2, 20)),
                new Study.Configuration("slow-detection", migration(10, cutoverDay))));
    }

    private static Scenario migration(double detectionMinutes, double cutoverDay) {
        return Scenarios.builder()
                .region("eastus", 1, 1, 37.37, -79.82).region("westus2", 1, 1, 47.23, -119.85)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .client(new ClientSpec("eastus", 100, 0, List.of(), 37.37, -79.82))
                .routing(new RoutingSpec(new Fixed(detectionMinutes / 60), 0, 3.0 / 60, 0))
                .change(new ChangeSpec.AddReplica(240, new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0),
                        true), 10))
                .change(new ChangeSpec.SetRouting(cutoverDay * 24, "eastus", false))
                .outage(new OutageSpec("eastus", 50, 6, "before", 0, 0))
                .outage(new OutageSpec("eastus", 300, 6, "after", 0, 0))
                .outage(new OutageSpec("eastus", 600, 6, "routed-away", 0, 0))
                .run(2, 1440, 1)
                .build();
    }

    /** Writes the data files of a fresh run of {@link #study()} into {@code dir} (no charts, no report). */
    static Path write(Path dir) throws IOException {
        return write(dir, study());
    }

    /** Writes the data files of a fresh run of {@code study} into {@code dir} (no charts, no report). */
    static Path write(Path dir, Study study) throws IOException {
        java.io.StringWriter csv = new java.io.StringWriter();
        StudyResult r;
        ReplicationsCsv.Columns columns = new ReplicationsCsv.Columns(study.configurations().stream()
                .map(c -> zonesim.experiment.PreparedConfiguration.of(c.scenario()).catalog()).toList());
        try (ReplicationsCsv out = new ReplicationsCsv(csv, columns)) {
            r = StudyRunner.run(study, 2, i -> { }, (c, catalog, i, o) -> {
                try {
                    out.row(c, i, o.events(), columns.values(c, catalog, o));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        new AtomicResults()
                .text("summary.json", SummaryFiles.json(r, Map.of()))
                .text("summary.csv", SummaryFiles.csv(r.summary(), Map.of()))
                .text("replications.csv", csv.toString())
                .text("outage_durations.csv", SeriesFiles.outageDurations(r))
                .text("timeline.csv", SeriesFiles.timelines(study, 100_000))
                .commit(dir);
        return dir;
    }

    /** Adds SLA breach figures for two client regions to every configuration of a summary.json without clients. */
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
