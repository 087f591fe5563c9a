package zonesim.structure;

import java.util.List;

/**
 * What a structure is built of: the simulator's gate network and the exact engine's trees
 * both implement it, so that {@link SystemStructure} writes the structure of SPEC 4.1-4.3
 * once for both.
 *
 * @param <N> the node type
 */
public interface Algebra<N> {
    /** A leaf driven by a random process. */
    N process(ProcessRef p);

    /**
     * The element at {@code path} (SPEC 4.2): up iff every part is up. An implementation may
     * add parts of its own (the simulator adds a leaf that injected outages hold down).
     */
    N element(String path, List<N> parts);

    /** Up iff every part is up. */
    N all(List<N> parts);

    /** Up iff at least {@code k} parts are up ({@code k = 1}: parallel). */
    N atLeast(int k, List<N> parts);
}
