package zonesim.structure;

/** Told when a node of a {@link GateNetwork} changes state. */
public interface NodeListener {
    /** Node {@code node} became up ({@code true}) or down at time {@code hours}. */
    void changed(int node, boolean up, double hours);
}
