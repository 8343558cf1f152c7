package org.openresolve.spark.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.openresolve.core.evaluate.EvaluationScores;
import org.openresolve.core.evaluate.Prf;
import org.openresolve.core.evaluate.RecallLoss;
import org.openresolve.core.evaluate.TruePairFate;

/** {@code evaluation.json}: a run's scores against a truth file, and where it lost true pairs. */
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
    if (r.recallLoss() != null) {
      recallLoss(root.putObject("recall_loss"), r.recallLoss());
    }
    try {
      json.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Where true pairs were found and lost: counts and shares of all true pairs by fate, the pair
   * completeness, and each blocking rule's part.
   */
  public static void recallLoss(ObjectNode node, RecallLoss loss) {
    node.put("true_pairs", loss.truePairs());
    node.put("compared", loss.compared());
    node.put("pair_completeness", loss.pairCompleteness());
    node.put("found_and_compared", loss.foundCompared());
    ObjectNode fates = node.putObject("fates");
    for (TruePairFate f : TruePairFate.values()) {
      fates
          .putObject(f.name().toLowerCase(Locale.ROOT))
          .put("pairs", loss.count(f))
          .put("share", loss.shareOf(f));
    }
    ObjectNode rules = node.putObject("by_rule");
    for (RecallLoss.RuleRecall r : loss.byRule()) {
      rules
          .putObject(r.rule())
          .put("compared", r.compared())
          .put("pair_completeness", r.pairCompleteness())
          .put("compared_only_by_this_rule", r.comparedOnlyByThisRule())
          .put("lost_to_oversize", r.lostToOversize())
          .put("lost_to_skip_when", r.lostToSkipWhen());
    }
  }

  private static void prf(ObjectNode node, Prf p) {
    node.put("precision", p.precision());
    node.put("recall", p.recall());
    node.put("f1", p.f1());
  }
}
