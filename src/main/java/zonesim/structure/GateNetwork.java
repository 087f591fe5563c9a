package zonesim.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The system's structure function as a network of k-of-n gates over boolean leaves.
 * A gate is up iff at least {@code need} of its children are up (series: need = n,
 * parallel: need = 1). Each gate keeps a count of up children, so a leaf change costs
 * O(depth) and only propagates while states actually change. Listeners on a node hear
 * every change of that node in time order.
 *
 * <p>Build with {@link Builder}; all leaves start up and gate states are derived from
 * them. Mutable: one instance per replication.
 */
public final class GateNetwork {
    private final int[] need;
    private final int[] upCount;
    private final boolean[] up;
    private final int[] parentStart;
    private final int[] parents;
    private final NodeListener[][] listeners;

    private GateNetwork(int[] need, int[] upCount, boolean[] up, int[] parentStart, int[] parents,
                        NodeListener[][] listeners) {
        this.need = need;
        this.upCount = upCount;
        this.up = up;
        this.parentStart = parentStart;
        this.parents = parents;
        this.listeners = listeners;
    }

    /** Number of nodes. */
    public int size() {
        return need.length;
    }

    /** Current state of {@code node}. */
    public boolean isUp(int node) {
        return up[node];
    }

    /** Adds a listener to {@code node} (before or during a run). */
    public void listen(int node, NodeListener listener) {
        NodeListener[] old = listeners[node];
        NodeListener[] now = old == null ? new NodeListener[1] : Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = listener;
        listeners[node] = now;
    }

    /** Sets leaf {@code leaf} up or down at time {@code hours} and propagates. */
    public void set(int leaf, boolean state, double hours) {
        if (up[leaf] != state) {
            flip(leaf, state, hours);
        }
    }

    private void flip(int node, boolean state, double hours) {
        up[node] = state;
        int delta = state ? 1 : -1;
        for (int i = parentStart[node], end = parentStart[node + 1]; i < end; i++) {
            int p = parents[i];
            int c = upCount[p] + delta;
            upCount[p] = c;
            boolean pUp = c >= need[p];
            if (pUp != up[p]) {
                flip(p, pUp, hours);
            }
        }
        NodeListener[] ls = listeners[node];
        if (ls != null) {
            for (NodeListener l : ls) {
                l.changed(node, state, hours);
            }
        }
    }

    /** Builds a network; node ids are assigned in creation order. */
    public static final class Builder {
        private final List<int[]> children = new ArrayList<>();
        private final List<Integer> needs = new ArrayList<>();

        /** A new leaf (initially up). */
        public int leaf() {
            children.add(new int[0]);
            needs.add(0);
            return children.size() - 1;
        }

        /** A gate up iff at least {@code need} of {@code kids} are up. */
        public int gate(int need, int... kids) {
            for (int k : kids) {
                if (k < 0 || k >= children.size()) {
                    throw new IllegalArgumentException("child " + k + " does not exist yet");
                }
            }
            children.add(kids.clone());
            needs.add(need);
            return children.size() - 1;
        }

        /** Series: up iff all {@code kids} are up. */
        public int all(int... kids) {
            return gate(kids.length, kids);
        }

        /** Parallel: up iff any of {@code kids} is up. */
        public int any(int... kids) {
            return gate(1, kids);
        }

        /** The network with every leaf up. */
        public GateNetwork build() {
            int n = children.size();
            int[] need = new int[n];
            int[] count = new int[n];
            boolean[] up = new boolean[n];
            int[] parentCount = new int[n + 1];
            for (int i = 0; i < n; i++) {
                need[i] = needs.get(i);
                for (int k : children.get(i)) {
                    parentCount[k + 1]++;
                }
            }
            for (int i = 0; i < n; i++) {
                parentCount[i + 1] += parentCount[i];
            }
            int[] parents = new int[parentCount[n]];
            int[] fill = Arrays.copyOf(parentCount, n);
            for (int i = 0; i < n; i++) {
                int[] kids = children.get(i);
                for (int k : kids) {
                    parents[fill[k]++] = i;
                }
                // children precede parents, so their states are final here
                int c = 0;
                for (int k : kids) {
                    c += up[k] ? 1 : 0;
                }
                count[i] = c;
                up[i] = kids.length == 0 || c >= need[i];
            }
            return new GateNetwork(need, count, up, parentCount, parents, new NodeListener[n][]);
        }
    }
}
