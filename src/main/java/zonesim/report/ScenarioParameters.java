package zonesim.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import zonesim.distribution.Distribution;
import zonesim.distribution.Hours;
import zonesim.model.Backup;
import zonesim.model.ChangeSpec;
import zonesim.model.ClientSpec;
import zonesim.model.CommonCauseSpec;
import zonesim.model.CostsSpec;
import zonesim.model.FailureSpec;
import zonesim.model.OutageSpec;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;

/**
 * Every parameter in effect in one configuration, by its scenario key (SPEC 3), described
 * for people with {@link Distribution#describe()}: defaults included, so two configurations
 * can be compared key by key. Keys of list entries name the entry ({@code outages[1]},
 * {@code topology.common_cause.acr-global}).
 */
public final class ScenarioParameters {
    private ScenarioParameters() { }

    /** The parameters of {@code s}, in the order of the scenario language. */
    public static Map<String, String> of(Scenario s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("horizon", Hours.describe(s.horizonHours()));
        m.put("start", s.start().key());
        m.put("platform", s.platform());
        for (RegionSpec r : s.topology().regions().values()) {
            m.put("topology.regions." + r.name(), r.zones() + (r.zones() == 1 ? " zone" : " zones") + " \u00d7 "
                    + r.datacentersPerZone() + (r.datacentersPerZone() == 1 ? " datacenter" : " datacenters"));
        }
        for (ProcessKind k : ProcessKind.values()) {
            FailureSpec f = s.failures().defaults().get(k);
            if (f != null) {
                m.put("topology.failures." + (k.perDatacenter() ? "datacenter." : "") + k.key(), failure(f));
            }
        }
        new TreeMap<>(s.failures().overrides()).forEach((path, f) -> m.put("topology.overrides." + path, failure(f)));
        for (CommonCauseSpec c : s.commonCauses()) {
            m.put("topology.common_cause." + c.name(), "takes down " + String.join(", ", c.elements()) + " together; "
                    + failure(c.spec()));
        }
        m.put("registry.sku", s.registry().sku());
        m.put("registry.home", s.registry().home());
        for (ReplicaSpec r : s.registry().replicas().values()) {
            m.put("registry.replicas." + r.region(), replica(r));
        }
        m.put("registry.write_quorum", Integer.toString(s.registry().writeQuorum()));
        m.put("registry.zone_failover", Hours.describe(s.registry().zoneFailoverHours()));
        for (ClientSpec c : s.clients().values()) {
            m.put("clients." + c.region(), client(c));
        }
        m.put("routing.endpoint", failure(s.routing().endpoint()));
        m.put("routing.detection", s.routing().detection().describe());
        m.put("routing.dns_ttl", Hours.describe(s.routing().dnsTtlHours()));
        m.put("routing.recovery_detection", Hours.describe(s.routing().recoveryDetectionHours()));
        m.put("routing.undetected_incidents", Formats.percent(s.routing().undetectedIncidents()));
        m.put("replication.zone_lag", s.replication().zoneLag().describe());
        m.put("replication.geo_lag", s.replication().geoLag().describe());
        m.put("sla", Labels.percent(s.sla().target()) + " pull availability in each " + Labels.window(s.sla().windowHours())
                + " window");
        if (s.costs() != null) {
            costs(m, s.costs());
        }
        for (int i = 0; i < s.outages().size(); i++) {
            m.put("outages[" + i + "]", outage(s.outages().get(i)));
        }
        for (int i = 0; i < s.changes().size(); i++) {
            m.put("changes[" + i + "]", change(s.changes().get(i)));
        }
        return m;
    }

    private static void costs(Map<String, String> m, CostsSpec c) {
        m.put("costs.currency", c.currency());
        m.put("costs.replica_per_month", Formats.money(c.replicaPerMonth(), c.currency()));
        m.put("costs.zone_redundancy_per_month", Formats.money(c.zoneRedundancyPerMonth(), c.currency()));
        c.downtimePerHour().forEach((r, v) -> m.put("costs.downtime_per_hour." + r, Formats.money(v, c.currency())));
        m.put("costs.failed_push", Formats.money(c.failedPush(), c.currency()));
        m.put("costs.lost_push", Formats.money(c.lostPush(), c.currency()));
    }

    /** "fails after D1, repaired after D2; rides through 15 min; backup: ...", or "never fails". */
    static String failure(FailureSpec f) {
        if (f.neverFails()) {
            return "never fails";
        }
        StringBuilder sb = new StringBuilder("fails after ").append(f.ttf().describe()).append(", repaired after ")
                .append(f.ttr().describe());
        if (f.rideThroughHours() > 0) {
            sb.append("; rides through ").append(Hours.describe(f.rideThroughHours()));
        }
        Backup b = f.backup();
        if (b != null) {
            sb.append("; backup fails to start ").append(Formats.percent(b.failToStart())).append(", runs ")
                    .append(b.runtime().describe());
        }
        return sb.toString();
    }

    private static String replica(ReplicaSpec r) {
        String where = r.zoneRedundant() ? "zone-redundant" : r.placement() instanceof zonesim.model.Placement.Random
                ? "one datacenter, drawn per replication" : "one datacenter, " + r.placement();
        return where + (r.routing() ? "" : ", not routed by the global endpoint");
    }

    private static String client(ClientSpec c) {
        String s = Formats.number(c.pullsPerHour()) + " pulls/h, " + Formats.number(c.pushesPerHour()) + " pushes/h";
        return c.prefer().isEmpty() ? s : s + ", prefers " + String.join(", ", c.prefer());
    }

    private static String outage(OutageSpec o) {
        String s = o.target() + " down " + Labels.duration(o.durationHours()) + " from " + day(o.atHours()) + " ("
                + o.cause() + ")";
        if (o.repeatEveryHours() > 0) {
            s += ", every " + Labels.duration(o.repeatEveryHours());
        }
        return o.jitterHours() > 0 ? s + " \u00b1 " + Labels.duration(o.jitterHours()) : s;
    }

    /** "day 100: add replica westeurope (zone-redundant), serving after 2 d of sync". */
    static String change(ChangeSpec c) {
        String what;
        if (c instanceof ChangeSpec.AddReplica a) {
            what = "add replica " + a.replica().region() + " (" + replica(a.replica()) + ")"
                    + (a.syncHours() > 0 ? ", serving after " + Labels.duration(a.syncHours()) + " of sync" : "");
        } else if (c instanceof ChangeSpec.RemoveReplica r) {
            what = "remove replica " + r.region();
        } else if (c instanceof ChangeSpec.SetRouting r) {
            what = r.region() + (r.routing() ? " back in" : " out of") + " the global endpoint";
        } else {
            ChangeSpec.SetZoneRedundancy z = (ChangeSpec.SetZoneRedundancy) c;
            what = z.region() + (z.zoneRedundant() ? " made zone-redundant" : " made non-zone-redundant");
        }
        return day(c.atHours()) + ": " + what;
    }

    /** "day 30" or "day 2.5" (hours since the start as days). */
    static String day(double hours) {
        return "day " + Formats.number(hours / 24, 4).replace(",", "");
    }
}
