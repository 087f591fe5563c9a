package zonesim.experiment;

import zonesim.metrics.DowntimeRecorder;
import zonesim.metrics.SlaWindows;
import zonesim.model.SlaSpec;
import zonesim.registry.ClientListener;

/** Records what one client region experiences from time 0: pull and push downtime, SLA windows of pulls. */
final class ClientRecorder implements ClientListener {
    private final DowntimeRecorder pull;
    private final DowntimeRecorder push;
    private final SlaWindows sla;

    /** A recorder for a client whose pulls and pushes are up or down at time 0. */
    ClientRecorder(SlaSpec spec, boolean pullUp, boolean pushUp) {
        sla = new SlaWindows(spec.windowHours(), spec.target());
        pull = new DowntimeRecorder(pullUp);
        push = new DowntimeRecorder(pushUp);
        if (!pullUp) {
            sla.changed(false, 0);
        }
    }

    @Override
    public void changed(int client, boolean pullUp, boolean pushUp, double hours) {
        if (pullUp != pull.isUp()) {
            pull.changed(-1, pullUp, hours);
            sla.changed(pullUp, hours);
        }
        if (pushUp != push.isUp()) {
            push.changed(-1, pushUp, hours);
        }
    }

    /** Writes this client's cumulative quantities at time {@code hours} into {@code record} at {@code off}. */
    void snapshot(double hours, double[] record, int off, Slots.Client slots) {
        long[] windows = sla.countsAt(hours);
        record[off + slots.pullDown()] = pull.downHoursAt(hours);
        record[off + slots.pushDown()] = push.downHoursAt(hours);
        record[off + slots.slaJudged()] = windows[0];
        record[off + slots.slaBreached()] = windows[1];
    }
}
