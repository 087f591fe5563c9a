package zonesim.random;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The streams of one random process across replications: its key (master seed, element
 * path, process name) already hashed (SPEC 4.9), so that a replication's stream costs one
 * mix. Computed once per configuration; {@link #replication} gives the same stream as
 * {@link Streams#stream(long, String, String, int)}.
 *
 * @param key the mixed hash of the master seed, element path and process name
 */
public record StreamFamily(long key) {
    /** The family of (master seed, element path, process name). */
    public static StreamFamily of(long masterSeed, String elementPath, String process) {
        return new StreamFamily(Streams.family(masterSeed, elementPath, process));
    }

    /** A fresh generator for replication {@code replication}'s stream. */
    public RandomGenerator replication(int replication) {
        return new SplittableRandom(Streams.seed(key, replication));
    }
}
