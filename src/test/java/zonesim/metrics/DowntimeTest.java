package zonesim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import zonesim.structure.NodeListener;

/**
 * The two recorders of a node's down time. A replication lets the outage recorder answer
 * for the pull down time when the pull node is the structure's node (no zone-failover
 * window in front of it), so the two must agree bit for bit: otherwise such a service's
 * pull availability would depend on which recorder happened to serve it.
 */
class DowntimeTest {
    private static final double[] WHOLE = {0};

    private static OutageRecorder outages(boolean upAtStart) {
        return new OutageRecorder(upAtStart, 100, WHOLE, new double[] {100});
    }

    @Test
    void countsClosedAndOpenDownPeriods() {
        // down [1, 3.5) and from 10 on: at 20 that is 2.5 + 10 = 12.5 h; at 5, 2.5 h; at 10, still 2.5 h
        for (boolean outageRecorder : new boolean[] {false, true}) {
            Driven r = recorder(outageRecorder, true);
            r.changed(false, 1);
            r.changed(true, 3.5);
            assertEquals(2.5, r.downHoursAt(5), 0, "a closed period counts its length");
            r.changed(false, 10);
            assertEquals(2.5, r.downHoursAt(10), 0, "an open period counts nothing at its start");
            assertEquals(12.5, r.downHoursAt(20), 0, "an open period counts up to the time asked");
        }
    }

    @Test
    void aNodeDownAtTimeZeroCountsFromZero() {
        // down from before 0 until 2: 2 h, not the time before the recording began
        for (boolean outageRecorder : new boolean[] {false, true}) {
            Driven r = recorder(outageRecorder, false);
            assertEquals(1.5, r.downHoursAt(1.5), 0);
            r.changed(true, 2);
            assertEquals(2, r.downHoursAt(7), 0);
        }
    }

    @Test
    void outageRecorderAndDowntimeRecorderAgreeBitForBit() {
        SplittableRandom rng = new SplittableRandom(41);
        for (int trial = 0; trial < 200; trial++) {
            boolean up = rng.nextBoolean();
            DowntimeRecorder plain = new DowntimeRecorder(up);
            OutageRecorder outage = outages(up);
            double t = 0;
            for (int k = 0; k < 300; k++) {
                t += rng.nextExponential() * (rng.nextBoolean() ? 1e-3 : 7.3);
                up = !up;
                plain.changed(0, up, t);
                outage.changed(0, up, t);
                double at = t + rng.nextDouble() * 3;
                assertEquals(Double.doubleToLongBits(plain.downHoursAt(at)), Double.doubleToLongBits(outage.downHoursAt(at)),
                        "trial " + trial + ", change " + k);
            }
        }
    }

    /** A recorder of either kind with the node's state changes fed to it. */
    private record Driven(NodeListener listener, Downtime downtime) {
        void changed(boolean up, double hours) {
            listener.changed(0, up, hours);
        }

        double downHoursAt(double hours) {
            return downtime.downHoursAt(hours);
        }
    }

    private static Driven recorder(boolean outageRecorder, boolean upAtStart) {
        if (outageRecorder) {
            OutageRecorder r = outages(upAtStart);
            return new Driven(r, r);
        }
        DowntimeRecorder r = new DowntimeRecorder(upAtStart);
        return new Driven(r, r);
    }
}
