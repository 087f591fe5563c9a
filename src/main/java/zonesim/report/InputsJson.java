package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zonesim.experiment.StudyResult;
import zonesim.model.ChangeSpec;
import zonesim.model.ClientSpec;
import zonesim.model.CommonCauseSpec;
import zonesim.model.FailureSpec;
import zonesim.model.Scenario;
import zonesim.registry.ChangePlan;
import zonesim.scenario.PlatformRules;
import zonesim.scenario.RegionCatalogue;
import zonesim.scenario.ScenarioComments;

/**
 * The {@code inputs} object of summary.json, for the report's "Inputs and assumptions":
 * the file, start state, platform and its rules, SLA, display names of the regions, every
 * parameter of the baseline ({@link ScenarioParameters}), per configuration what differs
 * from the baseline, its client rates, its timeline (changes, and when each replica
 * serves) and the availability of its shared elements (the global endpoint, common
 * causes: mean up / (mean up + mean down)), and the notes the scenario file's comments hold.
 */
final class InputsJson {
    private InputsJson() { }

    /** The object for run {@code r} of the scenario whose comments are {@code notes}. */
    static Map<String, Object> of(StudyResult r, List<ScenarioComments.Note> notes) {
        Scenario base = r.study().baseline();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.study().file());
        m.put("start", base.start().key());
        m.put("platform", base.platform());
        m.put("platform_rules", PlatformRules.describe(base.platform()));
        Map<String, Object> sla = new LinkedHashMap<>();
        sla.put("target", base.sla().target());
        sla.put("window_hours", base.sla().windowHours());
        m.put("sla", sla);
        m.put("regions", regionNames(r));
        Map<String, String> baseline = ScenarioParameters.of(base);
        m.put("parameters", baseline);
        List<Object> configs = new ArrayList<>();
        for (StudyResult.ConfigurationRun c : r.configurations()) {
            configs.add(configuration(c, baseline));
        }
        m.put("configurations", configs);
        List<Object> n = new ArrayList<>();
        for (ScenarioComments.Note note : notes) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("key", note.key());
            o.put("text", note.text());
            n.add(o);
        }
        m.put("notes", n);
        return m;
    }

    private static Map<String, Object> configuration(StudyResult.ConfigurationRun c, Map<String, String> baseline) {
        Scenario s = c.prepared().scenario();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", c.name());
        Map<String, String> own = ScenarioParameters.of(s);
        List<Object> changed = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(baseline.keySet());
        keys.addAll(own.keySet());
        for (String k : keys) {
            String b = baseline.get(k);
            String v = own.get(k);
            if (!java.util.Objects.equals(b, v)) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("parameter", k);
                d.put("baseline", b == null ? "(none)" : b);
                d.put("value", v == null ? "(none)" : v);
                changed.add(d);
            }
        }
        o.put("changed", changed);
        Map<String, Object> clients = new LinkedHashMap<>();
        for (ClientSpec cl : s.clients().values()) {
            Map<String, Object> rate = new LinkedHashMap<>();
            rate.put("pulls_per_hour", cl.pullsPerHour());
            rate.put("pushes_per_hour", cl.pushesPerHour());
            clients.put(cl.region(), rate);
        }
        o.put("clients", clients);
        List<Object> timeline = new ArrayList<>();
        for (ChangeSpec ch : s.changes()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("at_hours", ch.atHours());
            t.put("text", ScenarioParameters.change(ch).replaceFirst("^day [^:]*: ", ""));
            timeline.add(t);
        }
        o.put("changes", timeline);
        o.put("serving", serving(c.prepared().plan(), s.horizonHours()));
        Map<String, Object> elements = new LinkedHashMap<>();
        element(elements, "endpoint", s.routing().endpoint());
        for (CommonCauseSpec cc : s.commonCauses()) {
            element(elements, cc.path(), cc.spec());
        }
        o.put("elements", elements);
        return o;
    }

    /** A shared element's own long-run availability, when it can fail. */
    private static void element(Map<String, Object> out, String path, FailureSpec f) {
        if (f.neverFails()) {
            return;
        }
        double up = f.ttf().meanHours();
        double down = f.ttr().meanHours();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("availability", up / (up + down));
        e.put("failures_per_year", zonesim.distribution.Hours.PER_YEAR / (up + down));
        e.put("mean_down_hours", down);
        out.put(path, e);
    }

    /** When each replica serves: {@code { region: [[from, to], ...] }} in hours within the horizon. */
    static Map<String, Object> serving(ChangePlan plan, double horizon) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < plan.replicas().size(); i++) {
            boolean present = true;
            double since = 0;
            List<Object> spans = new ArrayList<>();
            for (ChangePlan.Step st : plan.steps()) {
                if (st.replica() != i || st.kind() != ChangePlan.Kind.PRESENT) {
                    continue;
                }
                if (present && !st.on()) {
                    if (st.hours() > since) {
                        spans.add(List.of(since, Math.min(st.hours(), horizon)));
                    }
                    present = false;
                } else if (!present && st.on()) {
                    since = st.hours();
                    present = true;
                }
            }
            if (present && since < horizon) {
                spans.add(List.of(since, horizon));
            }
            out.put(plan.replicas().get(i).region(), spans);
        }
        return out;
    }

    /** Display names of every region of the topology and of the clients (the id when not catalogued). */
    private static Map<String, Object> regionNames(StudyResult r) {
        RegionCatalogue cat = RegionCatalogue.builtIn();
        Map<String, Object> names = new LinkedHashMap<>();
        for (StudyResult.ConfigurationRun c : r.configurations()) {
            Scenario s = c.prepared().scenario();
            List<String> ids = new ArrayList<>(s.topology().regions().keySet());
            ids.addAll(s.clients().keySet());
            for (String id : ids) {
                names.putIfAbsent(id, cat.find(id).map(RegionCatalogue.Entry::displayName).orElse(id));
            }
        }
        return names;
    }
}
