/**
 * The directories the engine writes: how a run's output, a release copy or a benchmark's work
 * directory is created, marked as the engine's own once complete, and replaced only when it is.
 */
package org.openresolve.spark.output;
