package org.openresolve.spark.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.openresolve.spark.SparkSessions;

/**
 * A resolve run in a JVM of its own, so that a test can kill it as {@code kill -9} would: {@code
 * main(RULES, OUT, AUDIT_LOG, CRIM_CSV, WEB_JSONL)} resolves the two files into OUT with {@code
 * --overwrite}, in the local session the command line starts.
 */
final class ResolveInChildJvm {
  private ResolveInChildJvm() {}

  public static void main(String[] args) {
    Path rules = Path.of(args[0]);
    ResolveOptions options =
        SmallSources.options(List.of(Path.of(args[3]), Path.of(args[4])), rules, Path.of(args[1]))
            .auditLog(Path.of(args[2]))
            .overwrite(true)
            .build();
    SparkSession spark = SparkSessions.start("killed run", "local[1]");
    try {
      new ResolveAction(options).run(spark);
    } finally {
      spark.stop();
    }
  }

  /**
   * Starts {@link #main} with this JVM's classpath and Spark's module flags, and the system
   * properties given ({@code -Dname=value}); its standard error goes to {@code stderr}.
   */
  static Process start(List<String> properties, Path stderr, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect")) {
        command.add(a);
      }
    }
    command.addAll(properties);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ResolveInChildJvm.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile())
        .start();
  }
}
