package zonesim.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * k-of-n gates propagate leaf changes and notify listeners only on real changes, after
 * the whole network is updated, in increasing node id (the order of the class comment).
 */
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

    /** The state of every node of {@code net}, as a string of 1 (up) and 0 (down). */
    private static String states(GateNetwork net) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < net.size(); i++) {
            sb.append(net.isUp(i) ? '1' : '0');
        }
        return sb.toString();
    }

    @Test
    void diamondListenersSeeTheWholeChangeAndHearItInNodeOrder() {
        // leaf -> g1 = all(leaf, a), g2 = all(leaf, b) -> top = any(g1, g2). Taking the leaf
        // down takes g1, g2 and top down. Every listener, whichever node it is on, must see
        // all four already down (a listener on g1 must not see its sibling g2 or the top
        // still up), and the listeners are told leaf, g1, g2, top (increasing id).
        GateNetwork.Builder b = new GateNetwork.Builder();
        int leaf = b.leaf();
        int a = b.leaf();
        int c = b.leaf();
        int g1 = b.all(leaf, a);
        int g2 = b.all(leaf, c);
        int top = b.any(g1, g2);
        GateNetwork n = b.build();
        List<String> heard = new ArrayList<>();
        for (int node : new int[] {top, g2, g1, leaf}) {   // added out of order on purpose
            n.listen(node, (x, up, t) -> heard.add(x + (up ? " up " : " down ") + states(n)));
        }
        n.set(leaf, false, 1);
        // states by node id: leaf a c g1 g2 top = 0 1 1 0 0 0
        String after = "011000";
        assertEquals(List.of(leaf + " down " + after, g1 + " down " + after, g2 + " down " + after,
                top + " down " + after), heard);
    }

    @Test
    void aSharedLeafTakesEveryElementDownBeforeAnyListenerRuns() {
        // A common cause feeding three elements: e_i = all(cause, x_i); any = any(e1, e2, e3).
        // When the cause goes down, the listener on e1 (told first) already sees e2, e3 and
        // any down. When it comes back up, everything is up again before anyone hears it.
        GateNetwork.Builder b = new GateNetwork.Builder();
        int cause = b.leaf();
        int[] e = new int[3];
        for (int i = 0; i < 3; i++) {
            e[i] = b.all(cause, b.leaf());
        }
        int any = b.any(e);
        GateNetwork n = b.build();
        List<String> seen = new ArrayList<>();
        n.listen(e[0], (x, up, t) -> seen.add(up + ": " + n.isUp(e[1]) + n.isUp(e[2]) + n.isUp(any)));
        n.set(cause, false, 1);
        n.set(cause, true, 2);
        assertEquals(List.of("false: falsefalsefalse", "true: truetruetrue"), seen);
    }

    @Test
    void aListenerThatSetsALeafRunsANestedPropagationBeforeTheRestAreTold() {
        // zone -> replica = all(zone, window); a listener on the zone holds the window
        // leaf down (as a failover window does). Order of what is heard: the zone, then,
        // nested, the window and the replica (hearing the window), then the outer
        // propagation resumes with the replica's own change... which the nested one has
        // already announced, so nothing more: the replica is told exactly once.
        GateNetwork.Builder b = new GateNetwork.Builder();
        int zone = b.leaf();
        int other = b.leaf();
        int window = b.leaf();
        int anyZone = b.any(zone, other);
        int replica = b.all(anyZone, window);
        GateNetwork n = b.build();
        List<String> heard = new ArrayList<>();
        n.listen(zone, (x, up, t) -> {
            heard.add("zone " + up);
            if (!up && n.isUp(anyZone)) {
                n.set(window, false, t);
            }
        });
        n.listen(window, (x, up, t) -> heard.add("window " + up));
        n.listen(replica, (x, up, t) -> heard.add("replica " + up));
        n.set(zone, false, 1);
        assertEquals(List.of("zone false", "window false", "replica false"), heard);
        assertFalse(n.isUp(replica));
    }

    @Test
    void aNestedPropagationMayNotReverseAChangeNotYetAnnounced() {
        // leaf -> g -> top; a listener on g (told before top) puts the leaf back up: top
        // would hear "up" before "down". The network refuses.
        GateNetwork.Builder b = new GateNetwork.Builder();
        int leaf = b.leaf();
        int g = b.all(leaf, b.leaf());
        int top = b.all(g);
        GateNetwork n = b.build();
        n.listen(g, (x, up, t) -> n.set(leaf, true, t));
        n.listen(top, (x, up, t) -> { });
        assertThrows(IllegalStateException.class, () -> n.set(leaf, false, 1));
    }

    @Test
    void aNestedChangeOfAnAnnouncedNodeIsAllowed() {
        // The same reversal after every listener has heard the change is an ordinary second
        // change at the same time: top hears down, then up.
        GateNetwork.Builder b = new GateNetwork.Builder();
        int leaf = b.leaf();
        int top = b.all(leaf, b.leaf());
        GateNetwork n = b.build();
        List<String> heard = new ArrayList<>();
        boolean[] first = {true};
        n.listen(top, (x, up, t) -> {
            heard.add("top " + up);
            if (first[0]) {
                first[0] = false;
                n.set(leaf, true, t);
            }
        });
        n.set(leaf, false, 1);
        assertEquals(List.of("top false", "top true"), heard);
        assertTrue(n.isUp(top));
    }
}
