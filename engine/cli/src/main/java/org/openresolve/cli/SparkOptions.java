package org.openresolve.cli;

import org.apache.spark.sql.SparkSession;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.progress.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where the Spark jobs run, and how much the run says while it works. */
final class SparkOptions {
  /** Seconds between two lines of Spark task progress inside a long stage. */
  private static final int TICK_SECONDS = 5;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master, e.g. local[2] or spark://host:7077. Default: the one spark-submit set, else local[*].")
  String master;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no progress (for scripts): only the results and errors.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print Spark's own INFO messages as well as the progress.")
  boolean verbose;

  /**
   * Starts the session with the console's log levels and, unless quiet, the progress of every stage
   * on the command's error stream (results go to its output stream).
   */
  SparkSession start(String appName, String masterUrl, CommandSpec spec) {
    SparkSessions.logLevels(verbose);
    if (!quiet) {
      spec.commandLine()
          .getErr()
          .println("er: starting Spark (" + (masterUrl != null ? masterUrl : "local") + ")...");
      spec.commandLine().getErr().flush();
    }
    SparkSession spark = SparkSessions.start(appName, masterUrl);
    if (!quiet) {
      Progress.attach(spark, spec.commandLine().getErr(), TICK_SECONDS);
    }
    return spark;
  }

  SparkSession start(String appName, CommandSpec spec) {
    return start(appName, master, spec);
  }
}
