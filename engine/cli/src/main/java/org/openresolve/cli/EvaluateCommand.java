package org.openresolve.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.resolve.ResolveTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code er evaluate}: pairwise and B-cubed scores of a run against ground truth. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Scores DIR/membership against a truth file (source,record_id,entity) and writes DIR/evaluation.json.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions sparkOptions;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory of a resolve run.")
  Path out;

  @Option(
      names = "--truth",
      required = true,
      paramLabel = "FILE",
      description = "Ground truth CSV: source,record_id,entity.")
  Path truth;

  @Override
  public Integer call() {
    if (!Files.isDirectory(out.resolve(ResolveTables.MEMBERSHIP))) {
      throw new UserError(out + " holds no membership/ table; is it the output of er resolve?");
    }
    EvaluationReport.checkTruth(truth);
    SparkSession spark = sparkOptions.start("er evaluate", spec);
    try {
      EvaluationReport.run(spark, out, truth, spec.commandLine().getOut());
      return 0;
    } finally {
      SparkSessions.stop(spark);
    }
  }
}
