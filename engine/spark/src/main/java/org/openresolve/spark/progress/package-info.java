/**
 * What a run tells the person waiting for it: each stage as it starts and ends, with its counts and
 * time, and Spark's task progress inside a long stage. Counts and stage names only, never a value
 * of a record.
 */
package org.openresolve.spark.progress;
