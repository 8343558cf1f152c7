package org.openresolve.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.evaluate.EvaluationScores;
import org.openresolve.core.evaluate.Prf;
import org.openresolve.spark.evaluate.EvaluateJob;
import org.openresolve.spark.resolve.ResolveTables;

/** Evaluates a run's membership against a truth file, prints the scores and writes evaluation.json. */
final class EvaluationReport {
  private EvaluationReport() {}

  static void checkTruth(Path truth) {
    if (!Files.isReadable(truth)) {
      throw new UserError("truth file " + truth + " does not exist or is not readable");
    }
  }

  static EvaluationScores run(SparkSession spark, Path out, Path truth, PrintWriter w) {
    EvaluateJob.Result r = new EvaluateJob(spark).run(out.resolve(ResolveTables.MEMBERSHIP).toString(), truth.toString());
    EvaluationScores s = r.sums().scores();
    w.printf("records evaluated %d (only in output %d, only in truth %d)%n", s.records(), r.onlyInOutput(), r.onlyInTruth());
    w.printf("true pairs %d, predicted pairs %d, correct pairs %d%n", s.truePairs(), s.predictedPairs(), s.correctPairs());
    w.printf("pairwise  precision %.4f  recall %.4f  F1 %.4f%n", s.pairwise().precision(), s.pairwise().recall(), s.pairwise().f1());
    w.printf("B-cubed   precision %.4f  recall %.4f  F1 %.4f%n", s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1());
    w.flush();
    write(out.resolve("evaluation.json"), truth, s, r);
    return s;
  }

  private static void write(Path file, Path truth, EvaluationScores s, EvaluateJob.Result r) {
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
    try {
      json.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void prf(ObjectNode node, Prf p) {
    node.put("precision", p.precision());
    node.put("recall", p.recall());
    node.put("f1", p.f1());
  }
}
