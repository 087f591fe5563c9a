/**
 * What-if studies (SPEC 9): sweeps of one or two parameters with the crossovers where two
 * configurations change places, tornado charts of sensitivity, and uncertainty propagated by
 * Latin hypercube sampling. Each point (or world) is the scenario file with some values
 * changed, loaded by the ordinary loader ({@link zonesim.scenario.ScenarioDocument#study}),
 * and evaluated exactly (SPEC 7) where every value has an exact form, else by simulation on
 * common random numbers: the same seed at every point, so replication i of every point and
 * every configuration draws from the same streams. A point is a pure function of the
 * scenario text and its index; results do not depend on the thread count.
 */
package zonesim.whatif;
