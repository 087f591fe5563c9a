package zonesim.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import zonesim.experiment.StudyRunner;
import zonesim.metrics.Interval;
import zonesim.scenario.ScenarioLoader;


/**
 * SPEC 4.10: the yearly bill. Nothing fails at random, so every replication is the same and
 * each figure is exact: infrastructure pro rata over the timeline (a replica is billed from
 * its creation, through its initial sync, as Azure bills a geo-replica), downtime at the
 * client region's price, failed pushes at their price.
 */
class CostsTest {
    private static final String NEVER = "{ ttf: never, mttr: 1h }";
    private static final String YAML = """
            name: costs
            seed: 3
            replications: 20
            horizon: 1y
            topology:
              regions:
                eastus: { zones: 3, datacenters_per_zone: 1 }
                westus2: { zones: 3, datacenters_per_zone: 1 }
              failures:
                datacenter: { power: %1$s, cooling: %1$s, network: %1$s }
                zone: %1$s
                region: %1$s
                replica: %1$s
            registry:
              home: eastus
              replicas:
                eastus: { zone_redundancy: false, placement: az1/dc1 }
            clients:
              eastus: { pulls: 100/h, pushes: 10/h }
            costs: { currency: USD, replica_per_month: 50, zone_redundancy_per_month: 20,
                     downtime_per_hour: 1000, failed_push: 2 }
            outages:
              - { target: replica:eastus, at: 10d, duration: 6h }
            configurations:
              - name: added
                changes:
                  - { at: 100d, add_replica: westus2, zone_redundancy: true, sync: 2d }
              - name: removed-in-sync
                changes:
                  - { at: 100d, add_replica: westus2, zone_redundancy: true, sync: 2d }
                  - { at: 101d, remove_replica: westus2 }
            """.formatted(NEVER);

    @Test
    void theBillIsInfrastructureFromCreationPlusDowntimeAndFailedPushes() throws Exception {
        var study = ScenarioLoader.loadString("costs.yaml", YAML, false).study();
        Map<String, Map<String, Interval>> e = StudyRunner.run(study, 1, i -> { }).summary().estimates();
        // baseline: one pinned replica all year, 12 x 50 = 600. The 6 h outage: 6 x 1000 = 6000 of
        // downtime; 10 pushes/h fail for 6 h = 60 x 2 = 120.
        check(e.get("baseline"), 600, 6000, 120);
        // added: westus2, zone-redundant, created at 100 d = 2400 h and serving from 2448 h; billed
        // from 2400 h to 8760 h = 6360 h: 12 x (50 + 20) x 6360 / 8760 = 609.8630... (billing only
        // while serving would give 605.26). The eastus outage falls at 10 d, before westus2
        // exists, so downtime and failed pushes are the baseline's.
        check(e.get("added"), 600 + 12 * 70 * 6360.0 / 8760, 6000, 120);
        // removed-in-sync: created at 2400 h and removed at 2424 h, before its sync ended: billed
        // 24 h = 12 x 70 x 24 / 8760 = 2.3013...
        check(e.get("removed-in-sync"), 600 + 12 * 70 * 24.0 / 8760, 6000, 120);
    }

    private static void check(Map<String, Interval> e, double infrastructure, double downtime, double pushes) {
        assertEquals(infrastructure, e.get("costs.infrastructure_per_year").mean(), 1e-9);
        assertEquals(downtime, e.get("costs.downtime_per_year").mean(), 1e-6);
        assertEquals(pushes, e.get("costs.data_loss_per_year").mean(), 1e-9);
        assertEquals(infrastructure + downtime + pushes, e.get("costs.total_per_year").mean(), 1e-6);
    }
}
