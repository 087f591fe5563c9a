package zonesim.exact;

import java.util.List;
import zonesim.model.ProcessKind;

/**
 * A structure function over independent processes (a reliability block diagram without
 * shared blocks, except across the alternatives of a {@link Mixture}).
 */
sealed interface Node {

    /** One process, named by its SPEC 4.2 path. */
    record Leaf(String path, ProcessKind kind, ProcessMeasures measures) implements Node { }

    /** Up iff every part is up. */
    record Series(List<Node> parts) implements Node {
        public Series {
            parts = List.copyOf(parts);
        }
    }

    /** Up iff at least one part is up. */
    record Parallel(List<Node> parts) implements Node {
        public Parallel {
            parts = List.copyOf(parts);
        }
    }

    /** Up iff at least {@code k} parts are up (k-out-of-n:G). */
    record AtLeast(int k, List<Node> parts) implements Node {
        public AtLeast {
            parts = List.copyOf(parts);
        }
    }

    /** One of equally likely alternatives, chosen once (random placement per replication). */
    record Mixture(List<Node> options) implements Node {
        public Mixture {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a mixture needs at least one option");
            }
        }
    }
}
