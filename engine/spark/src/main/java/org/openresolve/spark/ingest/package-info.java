/**
 * Ingest on Spark: every source file is read by its connector inside one task (streamed, hashed in
 * the same pass) and the outcomes are split into the {@code records/}, {@code quarantine/} and
 * {@code field_issues/} tables with per-source, per-reason counts.
 */
package org.openresolve.spark.ingest;
