package zonesim.experiment;

/**
 * The raw quantities one replication records per time window, by name: the recorders write
 * through these records and the metrics read through them, so no column offset is kept by
 * hand. Offsets are relative to a window's block of the record.
 */
final class Slots {
    private int next;

    /** One replica: pull, push and structural down hours; outage starts; failover interruptions; outage durations. */
    record Replica(int pullDown, int pushDown, int structDown, int outages, int interruptions, Durations durations) { }

    /** The any-replica service, like a replica without pushes. */
    record Global(int pullDown, int structDown, int outages, int interruptions, Durations durations) { }

    /** Complete outages (count, weight sum, weighted minutes) and censored outages that started in the window. */
    record Durations(int complete, int weight, int weightedMinutes, int censored) { }

    /** One client region: pull and push down hours, SLA windows judged and breached. */
    record Client(int pullDown, int pushDown, int slaJudged, int slaBreached) { }

    /** Expected pushes at risk, lost, accepted, and accepted into a domain without a second one. */
    record Data(int atRisk, int lost, int pushes, int singleHomed) { }

    int next() {
        return next++;
    }

    /** Number of slots allocated so far. */
    int size() {
        return next;
    }

    Replica replica() {
        return new Replica(next(), next(), next(), next(), next(), durations());
    }

    Global global() {
        return new Global(next(), next(), next(), next(), durations());
    }

    Durations durations() {
        return new Durations(next(), next(), next(), next());
    }

    Client client() {
        return new Client(next(), next(), next(), next());
    }

    Data data() {
        return new Data(next(), next(), next(), next());
    }
}
