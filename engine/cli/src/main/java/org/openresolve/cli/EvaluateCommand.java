package org.openresolve.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.evaluate.EvaluationScores;
import org.openresolve.core.evaluate.Prf;
import org.openresolve.spark.SparkSessions;
import org.openresolve.spark.evaluate.EvaluateJob;
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
    description = "Scores DIR/membership against a truth file (source,record_id,entity) and writes DIR/evaluation.json.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions sparkOptions;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory of a resolve run.")
  Path out;

  @Option(names = "--truth", required = true, paramLabel = "FILE", description = "Ground truth CSV: source,record_id,entity.")
  Path truth;

  @Override
  public Integer call() throws IOException {
    Path membership = out.resolve(ResolveTables.MEMBERSHIP);
    if (!Files.isDirectory(membership)) {
      throw new UserError(out + " holds no membership/ table; is it the output of er resolve?");
    }
    if (!Files.isReadable(truth)) {
      throw new UserError("truth file " + truth + " does not exist or is not readable");
    }
    SparkSession spark = SparkSessions.start("er evaluate", sparkOptions.master);
    try {
      EvaluateJob.Result r = new EvaluateJob(spark).run(membership.toString(), truth.toString());
      EvaluationScores s = r.sums().scores();
      PrintWriter w = spec.commandLine().getOut();
      w.printf("records evaluated %d (only in output %d, only in truth %d)%n", s.records(), r.onlyInOutput(), r.onlyInTruth());
      w.printf("true pairs %d, predicted pairs %d, correct pairs %d%n", s.truePairs(), s.predictedPairs(), s.correctPairs());
      w.printf("pairwise  precision %.4f  recall %.4f  F1 %.4f%n", s.pairwise().precision(), s.pairwise().recall(), s.pairwise().f1());
      w.printf("B-cubed   precision %.4f  recall %.4f  F1 %.4f%n", s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1());
      w.flush();
      write(out.resolve("evaluation.json"), s, r);
      return 0;
    } finally {
      spark.stop();
    }
  }

  private void write(Path file, EvaluationScores s, EvaluateJob.Result r) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("truth", truth.toString());
    root.put("records_evaluated", s.records());
    root.put("records_only_in_output", r.onlyInOutput());
    root.put("records_only_in_truth", r.onlyInTruth());
    root.put("true_pairs", s.truePairs());
    root.put("predicted_pairs", s.predictedPairs());
    root.put("correct_pairs", s.correctPairs());
    prf(root.putObject("pairwise"), s.pairwise());
    prf(root.putObject("bcubed"), s.bcubed());
    json.writeValue(file.toFile(), root);
  }

  private static void prf(ObjectNode node, Prf p) {
    node.put("precision", p.precision());
    node.put("recall", p.recall());
    node.put("f1", p.f1());
  }
}
