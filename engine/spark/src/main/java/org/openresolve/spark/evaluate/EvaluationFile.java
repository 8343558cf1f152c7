package org.openresolve.spark.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.openresolve.core.evaluate.EvaluationScores;
import org.openresolve.core.evaluate.Prf;

/** {@code evaluation.json}: a run's scores against a truth file. */
public final class EvaluationFile {
  public static final String NAME = "evaluation.json";

  private EvaluationFile() {}

  public static void write(Path file, Path truth, EvaluateJob.Result r) {
    EvaluationScores s = r.sums().scores();
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
