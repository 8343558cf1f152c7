/** Stable entity ids across runs on Spark: overlap counts in, the core's decision applied. */
package org.openresolve.spark.lineage;
