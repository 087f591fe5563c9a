package zonesim.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import zonesim.experiment.Experiment;
import zonesim.experiment.ObservationCodec;
import zonesim.experiment.Observation;
import zonesim.experiment.PreparedConfiguration;
import zonesim.experiment.StudySource;

/**
 * What a Spark task runs: rebuilds the unit's study from its source (sent once per
 * executor as a broadcast), prepares its runs as the driver did ({@link Plans}) and
 * returns the unit's replications encoded. A pure function of its input, so a retried
 * task returns the same bytes.
 */
final class BlockTask implements Function<Unit, byte[]> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<List<StudySource>> sources;
    private final int[] runs;

    /** {@code runs}: how many runs each batch has on the driver (checked against the rebuilt plan). */
    BlockTask(Broadcast<List<StudySource>> sources, int[] runs) {
        this.sources = sources;
        this.runs = runs.clone();
    }

    @Override
    public byte[] call(Unit u) {
        List<PreparedConfiguration> plan = Plans.runs(sources.value().get(u.batch()));
        if (plan.size() != runs[u.batch()]) {
            throw new IllegalStateException("batch " + u.batch() + " has " + plan.size() + " runs here but "
                    + runs[u.batch()] + " on the driver");
        }
        List<Observation[]> block = new ArrayList<>(u.count());
        for (int i = u.first(); i < u.first() + u.count(); i++) {
            block.add(Experiment.replicate(plan, i));
        }
        return ObservationCodec.encode(block);
    }
}
