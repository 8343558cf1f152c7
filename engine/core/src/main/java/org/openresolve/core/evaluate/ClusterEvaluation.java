package org.openresolve.core.evaluate;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise and B-cubed scores of a clustering against the truth, in memory. The Spark evaluation
 * computes the same {@link OverlapSums} distributed; this form serves tests and small sets.
 */
public final class ClusterEvaluation {
  private ClusterEvaluation() {}

  /**
   * @param predicted record to predicted entity
   * @param truth record to true entity; only records in both maps are evaluated
   */
  public static EvaluationScores score(Map<String, String> predicted, Map<String, String> truth) {
    Map<String, Long> predictedSize = new HashMap<>();
    Map<String, Long> trueSize = new HashMap<>();
    Map<String, Map<String, Long>> cells = new HashMap<>();
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      String t = truth.get(e.getKey());
      if (t == null) {
        continue;
      }
      predictedSize.merge(e.getValue(), 1L, Long::sum);
      trueSize.merge(t, 1L, Long::sum);
      cells.computeIfAbsent(e.getValue(), k -> new HashMap<>()).merge(t, 1L, Long::sum);
    }
    OverlapSums sums = OverlapSums.EMPTY;
    for (var p : cells.entrySet()) {
      for (var t : p.getValue().entrySet()) {
        sums =
            sums.plus(
                new ClusterOverlap(
                    t.getValue(), predictedSize.get(p.getKey()), trueSize.get(t.getKey())));
      }
    }
    long pp = predictedSize.values().stream().mapToLong(OverlapSums::pairs).sum();
    long tp = trueSize.values().stream().mapToLong(OverlapSums::pairs).sum();
    return sums.withClusterPairs(pp, tp).scores();
  }
}
