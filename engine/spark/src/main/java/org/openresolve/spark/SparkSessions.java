package org.openresolve.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the session a command runs in. Under {@code spark-submit} the master and resources come
 * from the submit; run directly, the engine starts an embedded local Spark on loopback with the UI
 * off, so one machine needs nothing but Java.
 */
public final class SparkSessions {
  static final String DICTIONARY_PAGE_SIZE = "spark.hadoop.parquet.dictionary.page.size";
  static final int DICTIONARY_PAGE_BYTES = 64 * 1024;
  static final String SHUFFLE_COMPRESS = "spark.shuffle.compress";
  static final String BROADCAST_THRESHOLD = "spark.sql.autoBroadcastJoinThreshold";
  static final long BROADCAST_BYTES = 64L * 1024 * 1024;

  private SparkSessions() {}

  /**
   * What Spark logs to the console. By default warnings and errors only, less the warnings that
   * mean nothing to an analyst (the machine's name resolving to loopback, a query plan too long to
   * print); {@code verbose}: everything Spark says at INFO. Set before the session starts, so it
   * holds under spark-submit too, whose own logging would otherwise start at INFO.
   */
  public static void logLevels(boolean verbose) {
    Configurator.setRootLevel(verbose ? Level.INFO : Level.WARN);
    Level noise = verbose ? Level.INFO : Level.ERROR;
    Configurator.setLevel("org.apache.spark.util.Utils", noise);
    Configurator.setLevel("org.apache.spark.util.SparkStringUtils", noise);
    Configurator.setLevel("org.apache.spark.sql.catalyst.util.SparkStringUtils", noise);
    Configurator.setLevel("org.apache.hadoop.util.NativeCodeLoader", Level.ERROR);
  }

  /**
   * @param master a Spark master URL, or null to take the one spark-submit set, else {@code
   *     local[*]}
   */
  public static SparkSession start(String appName, String master) {
    SparkMasters.check(master);
    SparkSession.Builder b = SparkSession.builder().appName(appName);
    String submitted = System.getProperty("spark.master");
    String chosen = master != null ? master : submitted != null ? submitted : "local[*]";
    b.master(chosen);
    if (chosen.startsWith("local")) {
      b.config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config(
              "spark.sql.shuffle.partitions",
              // Comparing blocks and building views cost CPU, not bytes: a few partitions per core
              // keep both cores busy when blocks are uneven (adaptive execution still merges the
              // partitions of light stages).
              String.valueOf(Math.max(8, Runtime.getRuntime().availableProcessors() * 4)))
          // On one machine CPU is scarcer than memory: cached tables (the candidate pairs above
          // all) are kept as written instead of being analysed column by column for an encoding.
          .config("spark.sql.inMemoryColumnarStorage.compressed", "false");
      if (System.getProperty(SHUFFLE_COMPRESS) == null) {
        // The same for shuffle files, which on one machine mostly stay in the page cache: compressing
        // them took a tenth of the executors' CPU at 298k records (docs/benchmarks.md). The cost is
        // disk under spark.local.dir while the run lasts: 2.7 GB written there instead of 1.1 GB.
        b.config(SHUFFLE_COMPRESS, "false");
      }
      if (System.getProperty(BROADCAST_THRESHOLD) == null) {
        // Driver and executors share one heap, so a table of tens of MB (the membership that
        // statements/ joins the records with: 22 MB at 298k records) is cheaper to hold whole than
        // the wide side is to shuffle and sort (docs/benchmarks.md). Spark's default is 10 MB.
        b.config(BROADCAST_THRESHOLD, String.valueOf(BROADCAST_BYTES));
      }
    }
    if (System.getProperty(DICTIONARY_PAGE_SIZE) == null) {
      // Parquet builds a dictionary of each column until it outgrows this, then writes it plain. A
      // column of mostly distinct values (record ids, names, addresses) would fill the default 1 MiB
      // first, hashing every value for nothing; a repeating one (sources, labels) stays far below.
      b.config(DICTIONARY_PAGE_SIZE, String.valueOf(DICTIONARY_PAGE_BYTES));
    }
    b.config("spark.sql.session.timeZone", "UTC")
        // Standard Parquet timestamps rather than INT96, so plain readers see UTC instants.
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    return b.getOrCreate();
  }
}
