package zonesim.metrics;

/**
 * Streaming means and co-moments of a small vector of per-replication values (Welford's
 * update generalised to covariances: Welford 1962; Chan, Golub and LeVeque 1983). Fed in
 * replication order, so the result is the same for any thread count; constant memory
 * whatever the number of replications; no cancellation for values near 1.
 */
public final class Moments {
    private final int k;
    private final double[] mean;
    private final double[] co; // k x k co-moment sums, row-major
    private final double[] delta;
    private long n;

    /** Moments of vectors of length {@code k}. */
    public Moments(int k) {
        this.k = k;
        mean = new double[k];
        co = new double[k * k];
        delta = new double[k];
    }

    /** Adds one observation (length k). */
    public void add(double... x) {
        n++;
        for (int i = 0; i < k; i++) {
            delta[i] = x[i] - mean[i];
            mean[i] += delta[i] / n;
        }
        for (int i = 0; i < k; i++) {
            double after = x[i] - mean[i];
            for (int j = 0; j < k; j++) {
                co[i * k + j] += delta[j] * after;
            }
        }
    }

    /** Number of observations. */
    public long n() {
        return n;
    }

    /** Mean of component {@code i}. */
    public double mean(int i) {
        return mean[i];
    }

    /** Sample covariance of components i and j (divisor n - 1; NaN below two observations). */
    public double covariance(int i, int j) {
        return n < 2 ? Double.NaN : co[i * k + j] / (n - 1);
    }

    /** Sample variance of the linear combination sum_i a_i x_i. */
    public double variance(double... a) {
        double v = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                v += a[i] * a[j] * covariance(i, j);
            }
        }
        return Math.max(v, 0);
    }
}
