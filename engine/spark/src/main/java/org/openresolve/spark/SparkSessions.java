package org.openresolve.spark;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
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
  static final String LOCAL_DIR = "spark.local.dir";
  static final String IO_ENCRYPTION = "spark.io.encryption.enabled";
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
   * Warnings that mean nothing in a local session, where driver and executors are one process: that
   * a cluster manager would override {@code spark.local.dir} (there is none), that I/O encryption
   * is on without RPC encryption (nothing goes over a wire), and that a task is large (the records
   * an input read on the driver hands its tasks; a failed task still stops the run with its error).
   * Left as they are when everything is logged ({@code --verbose}).
   */
  private static void quietLocalWarnings() {
    for (String logger :
        new String[] {
          "org.apache.spark.SparkConf",
          "org.apache.spark.SparkEnv",
          "org.apache.spark.scheduler.TaskSetManager"
        }) {
      if (!LogManager.getLogger(logger).isInfoEnabled()) {
        Configurator.setLevel(logger, Level.ERROR);
      }
    }
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
      quietLocalWarnings();
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
      if (System.getProperty(LOCAL_DIR) == null && System.getenv("SPARK_LOCAL_DIRS") == null) {
        // Shuffle, spill and cached blocks hold record values: a directory of the run's own,
        // removed when it stops (SparkScratch).
        b.config(LOCAL_DIR, SparkScratch.create().toString());
      }
      if (System.getProperty(IO_ENCRYPTION) == null) {
        // Those files are also encrypted, with a key that lives only in this JVM, so what a
        // killed run leaves on disk is unreadable. Shuffle and spill compression stay on (Spark's
        // default). See docs/reliability.md for what both cost.
        b.config(IO_ENCRYPTION, "true");
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
      // column of mostly distinct values (record ids, names, addresses) would fill the default 1
      // MiB
      // first, hashing every value for nothing; a repeating one (sources, labels) stays far below.
      b.config(DICTIONARY_PAGE_SIZE, String.valueOf(DICTIONARY_PAGE_BYTES));
    }
    b.config("spark.sql.session.timeZone", "UTC")
        // Standard Parquet timestamps rather than INT96, so plain readers see UTC instants.
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    return b.getOrCreate();
  }

  /**
   * Stops the session and removes the directory {@link #start} made for its temporary files; a
   * directory the user chose stays.
   */
  public static void stop(SparkSession spark) {
    String local = spark.sparkContext().getConf().get(LOCAL_DIR, "");
    try {
      spark.stop();
    } finally {
      if (!local.isEmpty() && !local.contains(",") && SparkScratch.isOurs(Path.of(local))) {
        SparkScratch.delete(Path.of(local));
      }
    }
  }
}
