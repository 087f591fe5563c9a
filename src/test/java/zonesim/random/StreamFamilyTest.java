package zonesim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** SPEC 4.9: a stream family, hashed once, gives each replication the stream its full key names. */
class StreamFamilyTest {

    /**
     * Bug caught: a family key that leaves out or reorders a part of the key (so that
     * replications would draw from other streams than those of a system keyed in full).
     * Expected: the first draws of {@link Streams#stream} for the same four parts.
     */
    @Test
    void familyStreamIsTheStreamOfTheFullKey() {
        StreamFamily f = StreamKeys.process(66, "eastus/az1/dc1", "power");
        for (int rep : new int[] {0, 1, 199, 123_456}) {
            RandomGenerator a = f.replication(rep);
            RandomGenerator b = Streams.stream(66, "eastus/az1/dc1", "power", rep);
            for (int k = 0; k < 5; k++) {
                assertEquals(b.nextLong(), a.nextLong());
            }
        }
        // the parts matter: another kind, path or seed is another stream
        long first = f.replication(0).nextLong();
        assertNotEquals(first, StreamKeys.process(66, "eastus/az1/dc1", "cooling").replication(0).nextLong());
        assertNotEquals(first, StreamKeys.process(66, "eastus/az1/dc2", "power").replication(0).nextLong());
        assertNotEquals(first, StreamKeys.process(67, "eastus/az1/dc1", "power").replication(0).nextLong());
    }
}
