package zonesim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.Scenario;

/**
 * Unavailabilities near 1e-15 keep their precision: the engine's doubles against the same
 * hand formulas evaluated in 60-digit BigDecimal arithmetic, where 1 - a loses nothing.
 */
class PrecisionTest {
    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal ONE = BigDecimal.ONE;

    /** u = mttr / (mttf + mttr), exactly to 60 digits. */
    private static BigDecimal u(double mttf, double mttr) {
        return new BigDecimal(mttr).divide(new BigDecimal(mttf).add(new BigDecimal(mttr)), MC);
    }

    private static void close(BigDecimal expected, double actual) {
        double e = expected.doubleValue();
        assertEquals(e, actual, 1e-9 * Math.abs(e), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void zoneRedundantReplicaAtOneInAQuadrillion() {
        // 3 zones x 2 dcs; zone process (1e6 h, 10 h), power (1e5 h, 1 h); region and service never fail:
        // u_zone = 1 - a_zp (1 - u_p^2); pull U = u_zone^3 ~ 1e-15; push (quorum 2) U = u^3 + 3 u^2 (1 - u)
        Scenario s = new TestScenarios().region("r", 3, 2)
                .fail(ProcessKind.ZONE, FailureSpec.exponential(1e6, 10))
                .fail(ProcessKind.POWER, FailureSpec.exponential(1e5, 1))
                .zoneRedundant("r").writeQuorum(2).build();
        BigDecimal up = u(1e5, 1);
        BigDecimal uz = ONE.subtract(ONE.subtract(u(1e6, 10)).multiply(ONE.subtract(up.pow(2)), MC));
        BigDecimal pull = uz.pow(3, MC);
        BigDecimal push = pull.add(new BigDecimal(3).multiply(uz.pow(2)).multiply(ONE.subtract(uz)), MC);
        ReplicaFigures r = ExactEngine.analyze(s).replicas().get("r");
        close(pull, r.pull().unavailability());
        close(push, r.push().unavailability());
        assertEquals(1e-15, r.pull().unavailability(), 0.1e-15);
    }

    @Test
    void anyReplicaOfThreePinnedReplicas() {
        // three regions, pinned replicas, each U = 1 - a_r a_z a_p a_c a_n a_s ~ 1e-5 with different
        // overrides per region; global U = prod U ~ 1e-15
        TestScenarios t = new TestScenarios().region("a", 1, 1).region("b", 2, 1).region("c", 1, 3)
                .fail(ProcessKind.POWER, FailureSpec.exponential(1e6, 3))
                .fail(ProcessKind.COOLING, FailureSpec.exponential(2e6, 4))
                .fail(ProcessKind.NETWORK, FailureSpec.exponential(5e5, 1))
                .fail(ProcessKind.ZONE, FailureSpec.exponential(4e6, 6))
                .fail(ProcessKind.REGION, FailureSpec.exponential(9e6, 12))
                .fail(ProcessKind.REPLICA, FailureSpec.exponential(3e6, 1.5))
                .override("b/az2/dc1/power", FailureSpec.exponential(2e5, 2))
                .override("c", FailureSpec.exponential(7e6, 30));
        Scenario s = t.placed("a", new Placement.Pinned(0, 0)).placed("b", new Placement.Pinned(1, 0))
                .placed("c", new Placement.Pinned(0, 2)).build();
        BigDecimal common = ONE.subtract(u(2e6, 4)).multiply(ONE.subtract(u(5e5, 1)))
                .multiply(ONE.subtract(u(4e6, 6))).multiply(ONE.subtract(u(3e6, 1.5)), MC);
        BigDecimal ua = ONE.subtract(common.multiply(ONE.subtract(u(1e6, 3))).multiply(ONE.subtract(u(9e6, 12)), MC));
        BigDecimal ub = ONE.subtract(common.multiply(ONE.subtract(u(2e5, 2))).multiply(ONE.subtract(u(9e6, 12)), MC));
        BigDecimal uc = ONE.subtract(common.multiply(ONE.subtract(u(1e6, 3))).multiply(ONE.subtract(u(7e6, 30)), MC));
        ExactResult r = ExactEngine.analyze(s);
        close(ua, r.replicas().get("a").pull().unavailability());
        close(ub, r.replicas().get("b").pull().unavailability());
        close(uc, r.replicas().get("c").pull().unavailability());
        close(ua.multiply(ub).multiply(uc, MC), r.global().unavailability());
    }
}
