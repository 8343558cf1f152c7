/**
 * Stable entity ids across runs: which entity of a new run carries the id of which entity of an
 * earlier run, and what happened to each (kept, merged, split, new, retired). Plain Java over
 * overlap counts, so the rule is tested without Spark.
 */
package org.openresolve.core.lineage;
