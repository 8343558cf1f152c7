package org.openresolve.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Shuffle settings of an embedded local Spark that follow the number of records once ingest has
 * counted them. A small input is cut into one shuffle partition per core, with adaptive execution
 * off: it would submit every shuffle stage as a job of its own and plan the rest of the query again
 * after each, which on a few thousand records costs more than the work, and one partition per core
 * leaves it nothing to merge. A large input keeps a few partitions per core (uneven blocks still
 * keep both cores busy) and adaptive execution. On a cluster the submitter's settings stand.
 */
public final class ShuffleSizing {
  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  static final String ADAPTIVE = "spark.sql.adaptive.enabled";

  /** About this many records per shuffle partition, between one and four partitions per core. */
  static final long RECORDS_PER_PARTITION = 25_000;

  private ShuffleSizing() {}

  public static void fitTo(SparkSession spark, long records) {
    if (!spark.sparkContext().isLocal()) {
      return;
    }
    int cores = Math.max(1, spark.sparkContext().defaultParallelism());
    int partitions = partitionsFor(records, cores);
    spark.conf().set(SHUFFLE_PARTITIONS, String.valueOf(partitions));
    spark.conf().set(ADAPTIVE, String.valueOf(partitions > cores));
  }

  /** Shuffle partitions for {@code records} records on {@code cores} cores. */
  static int partitionsFor(long records, int cores) {
    long wanted = (Math.max(0, records) + RECORDS_PER_PARTITION - 1) / RECORDS_PER_PARTITION;
    long most = Math.max(8, cores * 4L);
    return (int) Math.min(most, Math.max(cores, wanted));
  }
}
