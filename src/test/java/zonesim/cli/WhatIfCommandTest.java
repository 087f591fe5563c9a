package zonesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zonesim sweep} and {@code zonesim uncertainty} end to end, and their bad input. */
class WhatIfCommandTest {
    private static final String SCENARIO = """
            name: payoff
            horizon: 1y
            replications: 20
            topology:
              regions:
                eastus: { zones: 3 }
              failures:
                zone: { mttf: 5y, mttr: { uncertain: { loguniform: [2h, 48h] } } }
                replica: { mttf: 1y, mttr: 2h }
            registry:
              replicas:
                eastus: { zone_redundancy: false, placement: az1/dc1 }
            configurations:
              - name: zr
                registry: { replicas: { eastus: { zone_redundancy: true } } }
            """;

    @TempDir
    Path tmp;

    private Path scenario(String extra) throws IOException {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, SCENARIO + extra);
        return f;
    }

    @Test
    void sweepWritesItsFolderWithChartsAndReport() throws IOException {
        Path f = scenario("""
                sweep:
                  parameters: [ { path: topology.failures.zone.mttr, range: [1h, 100h], steps: 5, scale: log } ]
                sensitivity:
                  difference: [zr, baseline]
                  parameters: [ topology.failures.zone.mttr, topology.failures.replica.mttr ]
                """);
        Path out = tmp.resolve("out");
        var r = CliTest.zonesim("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        for (String name : new String[] {"sweep.json", "sweep.csv", "crossovers.csv", "sensitivity.csv", "report.html",
                "sweep-global-availability.png", "sweep-global-availability.svg", "tornado.png"}) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("id=\"sensitivity\"") && html.contains("id=\"crossovers\""));
        assertTrue(r.out().contains("sensitivity of the difference zr - baseline"), r.out());
    }

    @Test
    void varyReplacesTheFilesParametersAndBadValuesWriteNothing() throws IOException {
        Path f = scenario("");
        Path out = tmp.resolve("vary");
        var ok = CliTest.zonesim("sweep", f.toString(), "--vary", "topology.failures.zone.mttr=1h,10h,100h",
                "--out", out.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readString(out.resolve("sweep.csv")).contains("topology.failures.zone.mttr"));
        Path none = tmp.resolve("none");
        var bad = CliTest.zonesim("sweep", f.toString(), "--vary", "topology.failures.zone.mttr=-1h..2h",
                "--out", none.toString());
        assertEquals(2, bad.code());
        assertEquals("zonesim: command line: sweep.parameters[0].range[0]: duration must be >= 0, got '-1h' "
                + "(--vary number 1)", bad.err().strip());
        assertFalse(Files.exists(none));
        var malformed = CliTest.zonesim("sweep", f.toString(), "--vary", "topology.failures.zone.mttr");
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().startsWith("zonesim: --vary topology.failures.zone.mttr: expected PATH=VALUES"));
        var unknownMetric = CliTest.zonesim("sweep", f.toString(), "--vary", "topology.failures.zone.mttr=1h,2h",
                "--metric", "global.availabilty", "--out", none.toString());
        assertEquals(2, unknownMetric.code());
        assertTrue(unknownMetric.err().contains("unknown metric 'global.availabilty' (did you mean "
                + "'global.availability'?)"), unknownMetric.err());
        assertFalse(Files.exists(none));
    }

    @Test
    void sweepWithoutAStudyIsAnError() throws IOException {
        var r = CliTest.zonesim("sweep", scenario("").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no sweep or sensitivity section"), r.err());
    }

    @Test
    void uncertaintyDrawsWorldsAndWritesItsFolder() throws IOException {
        Path out = tmp.resolve("unc");
        var r = CliTest.zonesim("uncertainty", scenario("").toString(), "--worlds", "50", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("uncertain (loguniform 2h to 48h): run and compare use 9.798h, its median"),
                r.err());
        for (String name : new String[] {"uncertainty.json", "worlds.csv", "report.html", "probability_best.png",
                "worlds-global-availability.png", "drivers-global-availability.svg"}) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        // zone redundancy wins whenever the zone is ever down longer than the service difference: here always
        assertTrue(Files.readString(out.resolve("uncertainty.json")).contains("\"worlds\": 50"));
    }

    @Test
    void uncertaintyWithoutUncertainValuesIsAnError() throws IOException {
        Path f = tmp.resolve("plain.yaml");
        Files.writeString(f, SCENARIO.replace("{ uncertain: { loguniform: [2h, 48h] } }", "6h"));
        var r = CliTest.zonesim("uncertainty", f.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no value is uncertain"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
