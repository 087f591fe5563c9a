/**
 * Replications on Apache Spark: the only package that imports Spark. The unit of work is
 * (batch, block of replication indices), a batch being one study (a scenario with its
 * configurations and drills, or one sweep point or world); each task rebuilds its study
 * from the batch's {@link zonesim.experiment.StudySource} and returns the block's
 * observations in their wire form, and the driver feeds every study's estimators in index
 * order, so results are bit-identical to the local runner's. Spark is a provided
 * dependency: the command line loads this package by name, only when asked to.
 */
package zonesim.spark;
