package zonesim.experiment;

import zonesim.metrics.OutageRecorder;
import zonesim.metrics.SlaWindows;
import zonesim.model.SlaSpec;
import zonesim.registry.ClientListener;

/** Records what one client region experiences: pull and push downtime, SLA windows of pulls. */
final class ClientRecorder implements ClientListener {
    private OutageRecorder pull;
    private OutageRecorder push;
    private final SlaWindows sla;

    ClientRecorder(SlaSpec spec) {
        sla = new SlaWindows(spec.windowHours(), spec.target());
    }

    /** Sets the state at time 0. */
    void start(boolean pullUp, boolean pushUp) {
        pull = new OutageRecorder(pullUp);
        push = new OutageRecorder(pushUp);
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

    /** Writes this client's cumulative columns at time {@code hours} from {@code col}. */
    void snapshot(double hours, double[] columns, int col) {
        long[] windows = sla.countsAt(hours);
        columns[col] = pull.downHoursAt(hours);
        columns[col + 1] = push.downHoursAt(hours);
        columns[col + 2] = windows[1];
        columns[col + 3] = windows[0];
    }
}
