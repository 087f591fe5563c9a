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

    /** Closes the run and writes this client's columns from {@code col}. */
    void finish(double horizonHours, double[] columns, int col) {
        pull.finish(horizonHours);
        push.finish(horizonHours);
        sla.finish(horizonHours);
        columns[col] = pull.downHours();
        columns[col + 1] = push.downHours();
        columns[col + 2] = sla.breached();
        columns[col + 3] = sla.judged();
    }
}
