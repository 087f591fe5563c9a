package zonesim.spark;

import java.io.Serializable;

/** Replications {@code first} .. {@code first + count - 1} of batch {@code batch}: what one Spark task computes. */
record Unit(int batch, int first, int count) implements Serializable {
    private static final long serialVersionUID = 1L;
}
