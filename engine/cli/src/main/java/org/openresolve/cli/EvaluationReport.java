package org.openresolve.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.openresolve.core.evaluate.EvaluationScores;
import org.openresolve.spark.evaluate.EvaluateJob;
import org.openresolve.spark.evaluate.EvaluationFile;
import org.openresolve.spark.resolve.ResolveTables;

/** Evaluates a run's membership against a truth file, prints the scores and writes evaluation.json. */
final class EvaluationReport {
  private EvaluationReport() {}

  static void checkTruth(Path truth) {
    if (!Files.isReadable(truth)) {
      throw new UserError("truth file " + truth + " does not exist or is not readable");
    }
  }

  static void run(SparkSession spark, Path out, Path truth, PrintWriter w) {
    EvaluateJob.Result r = new EvaluateJob(spark).run(out.resolve(ResolveTables.MEMBERSHIP).toString(), truth.toString());
    print(w, r);
    EvaluationFile.write(out.resolve(EvaluationFile.NAME), truth, r);
  }

  static void print(PrintWriter w, EvaluateJob.Result r) {
    EvaluationScores s = r.sums().scores();
    w.printf("records evaluated %d (only in output %d, only in truth %d)%n", s.records(), r.onlyInOutput(), r.onlyInTruth());
    w.printf("true pairs %d, predicted pairs %d, correct pairs %d%n", s.truePairs(), s.predictedPairs(), s.correctPairs());
    w.printf("pairwise  precision %.4f  recall %.4f  F1 %.4f%n", s.pairwise().precision(), s.pairwise().recall(), s.pairwise().f1());
    w.printf("B-cubed   precision %.4f  recall %.4f  F1 %.4f%n", s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1());
    w.flush();
  }
}
