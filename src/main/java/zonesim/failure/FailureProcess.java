package zonesim.failure;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import zonesim.distribution.Distribution;
import zonesim.distribution.Exponential;
import zonesim.distribution.Sampler;
import zonesim.kernel.EventSource;
import zonesim.kernel.Simulator;
import zonesim.model.FailureSpec;
import zonesim.structure.GateNetwork;

/**
 * One alternating up/down failure process driving a leaf of the structure (SPEC 4.1).
 *
 * <p>Cycle: up for a draw of ttf; then the process fails and is repaired after a draw R of
 * ttr. Its effect on the leaf may be delayed by d: the cooling ride-through, or the run
 * time of backup power that started (d = 0 if the backup failed to start). The leaf is
 * down on [failure + d, failure + R) when d &lt; R, and not at all otherwise. Draw order per
 * cycle from the process's own stream is fixed (ttf; R; backup start, runtime), so a
 * process's history depends only on its stream.
 *
 * <p>A plain process (exponential ttf and ttr, no ride-through, no backup, drawing from a
 * SplittableRandom as every production stream does) hands its events to the kernel after
 * its start ({@link Simulator#alternate}), which does exactly what {@link #fire} would,
 * with the same draws, without calling it.
 */
public final class FailureProcess implements EventSource {
    private static final int UP = 0;
    private static final int FAILED_LEAF_UP = 1;
    private static final int DOWN = 2;

    private final RandomGenerator rng;
    private final FailureSpec spec;
    private final Sampler ttf;
    private final Sampler ttr;
    private final double rideThroughHours;
    private final double failToStart;
    private final Sampler backupRuntime;
    private final GateNetwork network;
    private final int leaf;
    private int slot = -1;
    private int phase = UP;
    private double repairAt;

    /** A process of {@code spec} driving {@code leaf}, drawing from {@code rng}. */
    public FailureProcess(FailureSpec spec, RandomGenerator rng, GateNetwork network, int leaf) {
        this.rng = rng;
        this.spec = spec;
        this.ttf = spec.ttf().sampler(rng);
        this.ttr = spec.ttr().sampler(rng);
        this.rideThroughHours = spec.rideThroughHours();
        this.failToStart = spec.backup() == null ? 1 : spec.backup().failToStart();
        this.backupRuntime = spec.backup() == null ? null : spec.backup().runtime().sampler(rng);
        this.network = network;
        this.leaf = leaf;
    }

    /**
     * Registers with the simulator at its current time t0 and starts the process: new and up
     * ({@code steady == false}), or in its stationary state (SPEC 4.1a): failed with
     * probability E[ttr] / (E[ttf] + E[ttr]), else up; the current period's length drawn
     * length-biased and the position in it uniform (Ross, "Stochastic Processes", 3.4); a
     * failure in progress has its own effect delay drawn, and holds the leaf down iff that
     * delay has already passed. Draw order: state, length, position, then the delay draws.
     */
    public void start(Simulator sim, boolean steady) {
        slot = sim.register(this);
        begin(sim, steady);
        if (plain() && phase != FAILED_LEAF_UP) { // the second holds for a plain process (no delay): a safeguard
            sim.alternate(slot, network, leaf, (SplittableRandom) rng, spec.ttf().meanHours(), spec.ttr().meanHours(),
                    phase == DOWN);
        }
    }

    /**
     * True when the kernel can run this process's events: exponential ttf and ttr, no
     * ride-through, no backup, a SplittableRandom. It must exclude every field that
     * {@link #fire} reads beyond those the kernel keeps (means, generator, leaf): a new
     * kind of delay or law belongs here as a reason not to hand over.
     */
    private boolean plain() {
        return spec.ttf() instanceof Exponential && spec.ttr() instanceof Exponential && rideThroughHours == 0
                && backupRuntime == null && rng instanceof SplittableRandom;
    }

    /** The start's draws and first event (see {@link #start}). */
    private void begin(Simulator sim, boolean steady) {
        double t0 = sim.now();
        if (!steady) {
            double t = ttf.sample();
            if (t != Double.POSITIVE_INFINITY) {
                sim.schedule(slot, t0 + t);
            }
            return;
        }
        double up = spec.ttf().meanHours();
        double down = spec.ttr().meanHours();
        boolean failed = rng.nextDouble() < down / (up + down);
        Distribution current = failed ? spec.ttr() : spec.ttf();
        double length = current.lengthBiasedSampler(rng).sample();
        double age = rng.nextDouble() * length;
        if (!failed) {
            sim.schedule(slot, t0 + (length - age));
            return;
        }
        repairAt = t0 + (length - age);
        double delay = effectDelay();
        phase = FAILED_LEAF_UP;
        if (delay <= age) {
            phase = DOWN;
            network.set(leaf, false, t0);
            sim.schedule(slot, repairAt);
        } else {
            sim.schedule(slot, delay < length ? t0 + (delay - age) : repairAt);
        }
    }

    @Override
    public int fire(Simulator sim, double hours) {
        switch (phase) {
            case UP -> {
                double r = ttr.sample();
                double delay = effectDelay();
                repairAt = hours + r;
                if (delay <= 0 && r > 0) {
                    phase = DOWN;
                    network.set(leaf, false, hours);
                    sim.schedule(slot, repairAt);
                } else if (delay < r) {
                    phase = FAILED_LEAF_UP;
                    sim.schedule(slot, hours + delay);
                } else {
                    phase = FAILED_LEAF_UP;
                    sim.schedule(slot, repairAt);
                }
            }
            case FAILED_LEAF_UP -> {
                if (hours < repairAt) {
                    // the delayed effect of the failure, not a change of the process itself
                    phase = DOWN;
                    network.set(leaf, false, hours);
                    sim.schedule(slot, repairAt);
                    return 0;
                }
                scheduleNextFailure(sim, hours);
            }
            default -> {
                network.set(leaf, true, hours);
                scheduleNextFailure(sim, hours);
            }
        }
        return 1;
    }

    private void scheduleNextFailure(Simulator sim, double hours) {
        phase = UP;
        double t = ttf.sample();
        if (t != Double.POSITIVE_INFINITY) {
            sim.schedule(slot, hours + t);
        }
    }

    /** Delay between the process failing and its leaf going down. */
    private double effectDelay() {
        double delay = rideThroughHours;
        if (backupRuntime != null) {
            boolean started = rng.nextDouble() >= failToStart;
            delay += started ? backupRuntime.sample() : 0;
        }
        return delay;
    }
}
