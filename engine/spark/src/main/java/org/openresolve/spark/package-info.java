/**
 * The Spark side of OpenResolve: the batch jobs that read the sources, block, pair, score, cluster
 * and write Parquet. Spark code here is thin plumbing: matching logic lives in the core module and
 * is called from here, so that it can be tested without a Spark session. The layout of every table
 * the jobs write is declared once, in {@link org.openresolve.spark.schema}.
 */
package org.openresolve.spark;
