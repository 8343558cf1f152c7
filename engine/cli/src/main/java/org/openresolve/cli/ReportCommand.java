package org.openresolve.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.output.OutputDirectory;
import org.openresolve.spark.report.RunReportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code er report}: rebuilds report.html of a resolve output from its tables, manifest and model.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Rebuilds DIR/report.html (every er resolve writes it) from the output's tables, manifest.json and model.json.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions sparkOptions;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory of a resolve run.")
  Path out;

  @Override
  public Integer call() {
    if (!Files.isDirectory(out)) {
      throw new UserError("--out " + out + " is not a directory");
    }
    String why = OutputDirectory.whyIncomplete(out, "resolve");
    if (why != null) {
      throw new UserError("--out " + out + " " + why);
    }
    SparkSession spark = SparkSessions.start("er report", sparkOptions.master);
    try {
      Path file = RunReportFile.rebuild(spark, out.toAbsolutePath().normalize());
      spec.commandLine().getOut().println("report written to " + file);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
