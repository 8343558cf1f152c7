package org.openresolve.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.evaluate.EvaluationScores;
import org.openresolve.core.evaluate.RecallLoss;
import org.openresolve.core.evaluate.TruePairFate;
import org.openresolve.spark.evaluate.EvaluateJob;
import org.openresolve.spark.evaluate.EvaluationFile;

/**
 * Evaluates a run's membership against a truth file, prints the scores and writes evaluation.json.
 */
final class EvaluationReport {
  private EvaluationReport() {}

  static void checkTruth(Path truth) {
    if (!Files.isReadable(truth)) {
      throw new UserError("truth file " + truth + " does not exist or is not readable");
    }
  }

  static void run(SparkSession spark, Path out, Path truth, PrintWriter w) {
    EvaluateJob.Result r = new EvaluateJob(spark).run(out, truth);
    print(w, r);
    EvaluationFile.write(out.resolve(EvaluationFile.NAME), truth, r);
  }

  static void print(PrintWriter w, EvaluateJob.Result r) {
    EvaluationScores s = r.sums().scores();
    w.printf(
        "records evaluated %d (only in output %d, only in truth %d)%n",
        s.records(), r.onlyInOutput(), r.onlyInTruth());
    w.printf(
        "true pairs %d, predicted pairs %d, correct pairs %d%n",
        s.truePairs(), s.predictedPairs(), s.correctPairs());
    w.printf(
        "pairwise  precision %.4f  recall %.4f  F1 %.4f%n",
        s.pairwise().precision(), s.pairwise().recall(), s.pairwise().f1());
    w.printf(
        "B-cubed   precision %.4f  recall %.4f  F1 %.4f%n",
        s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1());
    if (r.recallLoss() != null) {
      printRecallLoss(w, r.recallLoss());
    }
    w.flush();
  }

  /** Where true pairs were found and lost, overall and per blocking rule. */
  static void printRecallLoss(PrintWriter w, RecallLoss loss) {
    w.printf(
        "true pairs %d: compared %d, pair completeness %.4f%n",
        loss.truePairs(), loss.compared(), loss.pairCompleteness());
    for (TruePairFate f : TruePairFate.values()) {
      w.printf(
          "  %-24s %9d  %6.2f%%%n",
          f.name().toLowerCase(Locale.ROOT), loss.count(f), 100 * loss.shareOf(f));
    }
    w.printf(
        "  %-28s %9s %8s %9s %9s %9s%n",
        "blocking rule", "compared", "PC", "only it", "oversize", "skip_when");
    for (RecallLoss.RuleRecall r : loss.byRule()) {
      w.printf(
          "  %-28s %9d %8.4f %9d %9d %9d%n",
          r.rule(),
          r.compared(),
          r.pairCompleteness(),
          r.comparedOnlyByThisRule(),
          r.lostToOversize(),
          r.lostToSkipWhen());
    }
  }
}
