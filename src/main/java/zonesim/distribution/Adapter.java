package zonesim.distribution;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/** Lets commons-math3 samplers draw from a JDK generator (one stream) without copying its state. */
final class Adapter extends AbstractRandomGenerator {
    private final RandomGenerator rng;

    Adapter(RandomGenerator rng) {
        this.rng = rng;
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("streams are seeded by derivation");
    }

    @Override
    public double nextDouble() {
        return rng.nextDouble();
    }
}
