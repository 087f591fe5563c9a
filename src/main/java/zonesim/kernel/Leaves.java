package zonesim.kernel;

/**
 * What the kernel's built-in alternating processes drive: boolean leaves, switched at a
 * time. An abstract class, not an interface, so that with one implementation loaded the
 * JIT compiler calls it directly, without a type check per event.
 */
public abstract class Leaves {
    /**
     * Sets {@code leaf} up or down at time {@code hours}. It may schedule or cancel other
     * slots (through listeners), at {@code hours} or later, but never the alternating slot
     * whose event called it: the kernel reschedules that slot itself once this returns.
     */
    public abstract void set(int leaf, boolean up, double hours);
}
