package org.openresolve.cli;

import picocli.CommandLine.Option;

/** Where the Spark jobs run. */
final class SparkOptions {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master, e.g. local[2] or spark://host:7077. Default: the one spark-submit set, else local[*].")
  String master;
}
