package zonesim.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import zonesim.kernel.Leaves;

/**
 * The system's structure function as a network of k-of-n gates over boolean leaves.
 * A gate is up iff at least {@code need} of its children are up (series: need = n,
 * parallel: need = 1). A node may have several parents (a shared leaf, such as a common
 * cause feeding many elements). Each gate keeps its slack, (up children) - need, and is
 * up iff the slack is &gt;= 0, so a leaf change costs O(nodes that change) and stops
 * where states stop changing.
 *
 * <p>Order of a change. {@link #set} propagates in two phases. (1) Every gate whose state
 * changes is updated, through every parent, before any listener runs; gates are
 * monotone, so each node changes at most once per propagation, all in the leaf's
 * direction. (2) Listeners are then told, node by node, in increasing node id: ids are
 * assigned children first, so this is a topological order and starts with the leaf
 * (every changed gate is one of its ancestors); for each node its listeners are told in
 * the order they were added. A listener therefore sees the whole network consistent
 * with the change: its node's ancestors, and every other node the change reaches through
 * any parent, are updated.
 * A listener may itself set a leaf: that starts a nested propagation, which runs both
 * its phases (and its own notifications) before {@code set} returns to that listener;
 * the outer notifications then continue. A nested propagation must not reverse a change
 * whose listeners have not all been told yet (they would hear the two in the wrong
 * order); that is refused with an {@link IllegalStateException}.
 *
 * <p>Build with {@link Builder}; all leaves start up and gate states are derived from
 * them. Mutable: one instance per replication, each a fresh copy of a shared, immutable
 * {@link Layout} (so the structure is built once per configuration).
 */
public final class GateNetwork extends Leaves {
    private static final int HEARD = Integer.MIN_VALUE; // link's flag: the node has listeners
    private final int[] slack;       // up children - need (leaves: 0 up, -1 down); up iff >= 0
    private final int[] link;        // sole parent + 2 (1: no parent, 0: several); the sign bit set when it has listeners
    private final int[] parentStart; // parents of node i: parents[parentStart[i] .. parentStart[i + 1])
    private final int[] parents;
    private final boolean[] untold;  // changed, with listeners not all told yet
    private final NodeListener[][] listeners;
    private final int[] work;        // phase 1: the nodes changed, in the order reached
    private int[] frames;            // phase 2, one frame per (nested) propagation: the nodes to announce
    private int top;

    private GateNetwork(Layout layout) {
        int n = layout.slack.length;
        this.slack = layout.slack.clone();
        this.parentStart = layout.parentStart;
        this.parents = layout.parents;
        this.link = layout.link.clone();
        this.untold = new boolean[n];
        this.listeners = new NodeListener[n][];
        this.work = new int[n];
        this.frames = new int[n + 1];
    }

    /** Number of nodes. */
    public int size() {
        return slack.length;
    }

    /** Current state of {@code node}. */
    public boolean isUp(int node) {
        return slack[node] >= 0;
    }

    /** Adds a listener to {@code node} (before or during a run). */
    public void listen(int node, NodeListener listener) {
        NodeListener[] old = listeners[node];
        NodeListener[] now = old == null ? new NodeListener[1] : Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = listener;
        listeners[node] = now;
        link[node] |= HEARD;
    }

    /** Sets leaf {@code leaf} up or down at time {@code hours} and propagates (see the class comment). */
    @Override
    public void set(int leaf, boolean state, double hours) {
        int[] sl = slack;
        if ((sl[leaf] >= 0) == state) {
            return;
        }
        int crossed = state ? 0 : -1; // the slack of a node that has just changed to state
        int delta = state ? 1 : -1;
        int[] ln = link;
        sl[leaf] = crossed;
        // The usual walk: up through nodes with one parent and no listeners, each changing
        // (the leaf's datacenter), until a parent does not change (the zone, whose other
        // datacenter is up). Nothing to remember on the way: those nodes have no one to
        // tell, so the walk is a chain of slack updates, like a hand-written loop's counters.
        int node = leaf;
        int x = ln[node];
        while (x >= 2) {
            int parent = x - 2;
            int s = sl[parent] + delta;
            sl[parent] = s;
            if (s != crossed) {
                return;
            }
            node = parent;
            x = ln[node];
        }
        propagate(node, state, crossed, delta, hours);
    }

    /**
     * The rest of a propagation from {@code node}, which has just changed, when it has
     * listeners, no parent or several: phase 1 from there, then phase 2. The nodes changed
     * before it had nothing to tell, so they are not announced.
     */
    private void propagate(int node, boolean state, int crossed, int delta, double hours) {
        int[] sl = slack;
        int[] ln = link;
        int[] w = work;
        int changed = 0;
        int heard = 0;
        while (true) {
            w[changed++] = node;
            int x = ln[node];
            heard |= x;
            int sole = (x & ~HEARD) - 2;
            if (sole < 0) {
                if (sole == -2) {
                    changed = spread(changed - 1, changed, crossed, delta);
                    heard = HEARD;
                }
                break;
            }
            int s = sl[sole] + delta;
            sl[sole] = s;
            if (s != crossed) {
                break;
            }
            node = sole;
        }
        if ((heard & HEARD) != 0) {
            announce(changed, state, hours);
        }
    }

    /** Phase 1 in general: visits the parents of {@code work[from .. changed)} and of every node that changes. */
    private int spread(int from, int changed, int crossed, int delta) {
        int[] sl = slack;
        int[] w = work;
        for (int i = from; i < changed; i++) {
            int node = w[i];
            for (int k = parentStart[node], stop = parentStart[node + 1]; k < stop; k++) {
                int p = parents[k];
                int s = sl[p] + delta;
                sl[p] = s;
                if (s == crossed) {
                    w[changed++] = p;
                }
            }
        }
        return changed;
    }

    /** Phase 2: tells the listeners of the changed nodes, by increasing node id. */
    private void announce(int changed, boolean state, double hours) {
        int base = top;
        if (frames.length - base < changed) {
            frames = Arrays.copyOf(frames, 2 * frames.length + changed);
        }
        int[] f = frames;
        int end = base;
        for (int i = 0; i < changed; i++) { // the changed nodes that have listeners
            int node = work[i];
            if ((link[node] & HEARD) != 0) {
                if (untold[node]) {
                    throw new IllegalStateException("node " + node + " changed back before all its listeners heard it change");
                }
                untold[node] = true;
                f[end++] = node;
            }
        }
        if (end == base) {
            return;
        }
        for (int i = base + 1; i < end; i++) {
            if (f[i] < f[i - 1]) {
                Arrays.sort(f, base, end);
                break;
            }
        }
        top = end;
        for (int i = base; i < end; i++) {
            int node = f[i];
            NodeListener[] ls = listeners[node];
            int last = ls.length - 1;
            for (int k = 0; k < last; k++) {
                ls[k].changed(node, state, hours);
            }
            untold[node] = false; // all but the last have heard; the last may change it back
            ls[last].changed(node, state, hours);
        }
        top = base;
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
            return layout().network();
        }

        /** The shape of the network built so far, every leaf up, from which any number of networks are made. */
        public Layout layout() {
            int n = children.size();
            int[] slack = new int[n];
            int[] parentCount = new int[n + 1];
            for (int i = 0; i < n; i++) {
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
                int up = 0;
                for (int k : kids) {
                    parents[fill[k]++] = i;
                    up += slack[k] >= 0 ? 1 : 0; // children precede parents: their states are final
                }
                // a gate below its need by more than one child still reads as down (slack < 0)
                slack[i] = kids.length == 0 ? 0 : up - needs.get(i);
            }
            return new Layout(slack, parentCount, parents);
        }
    }

    /**
     * The immutable shape of a network in its initial state (gates, parents, slacks with every
     * leaf up): shared read-only by the networks made from it, on any thread.
     */
    public static final class Layout {
        private final int[] slack;
        private final int[] parentStart;
        private final int[] parents;
        private final int[] link;

        private Layout(int[] slack, int[] parentStart, int[] parents) {
            int n = slack.length;
            this.slack = slack;
            this.parentStart = parentStart;
            this.parents = parents;
            this.link = new int[n];
            for (int i = 0; i < n; i++) {
                int count = parentStart[i + 1] - parentStart[i];
                int sole = count == 0 ? -1 : count == 1 ? parents[parentStart[i]] : -2;
                link[i] = sole + 2;
            }
        }

        /** A new network of this shape, every leaf up and no listeners. */
        public GateNetwork network() {
            return new GateNetwork(this);
        }
    }
}
