package zonesim.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** k-of-n gates propagate leaf changes and notify listeners only on real changes. */
class GateNetworkTest {

    @Test
    void twoOfThreeFollowsItsLeaves() {
        GateNetwork.Builder b = new GateNetwork.Builder();
        int a = b.leaf();
        int c = b.leaf();
        int d = b.leaf();
        int vote = b.gate(2, a, c, d);
        int top = b.all(vote, b.any(a, c));
        GateNetwork n = b.build();
        List<String> heard = new ArrayList<>();
        n.listen(vote, (node, up, t) -> heard.add((up ? "up@" : "down@") + t));
        assertTrue(n.isUp(top));
        n.set(a, false, 1);
        assertTrue(n.isUp(vote));
        n.set(c, false, 2);
        assertFalse(n.isUp(vote));
        assertFalse(n.isUp(top));
        n.set(c, false, 3);          // no change, no notification
        n.set(d, false, 4);          // still down
        n.set(a, true, 5);
        assertFalse(n.isUp(vote));   // only a is up
        n.set(d, true, 6);
        assertTrue(n.isUp(vote));
        assertTrue(n.isUp(top));     // vote up and a up
        assertEquals(List.of("down@2.0", "up@6.0"), heard);
    }

    @Test
    void gateNeedingMoreThanItHasStartsDown() {
        GateNetwork.Builder b = new GateNetwork.Builder();
        int a = b.leaf();
        int g = b.gate(2, a);
        assertFalse(b.build().isUp(g));
    }
}
