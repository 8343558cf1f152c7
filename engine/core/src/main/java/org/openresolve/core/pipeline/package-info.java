/**
 * The steps that resolve records, in plain Java, run alike by the Spark job (partition by
 * partition), by {@link org.openresolve.core.pipeline.LocalResolver} (a list of records in one
 * process) and by explain (one pair): block limits and the keys a record may pair on, the pairs of
 * a block, {@code skip_when}, comparison, scoring, the decision with its reason (thresholds,
 * grading, judgements), clustering under the guards and entity ids. Each rule of resolution is
 * written here once.
 */
package org.openresolve.core.pipeline;
