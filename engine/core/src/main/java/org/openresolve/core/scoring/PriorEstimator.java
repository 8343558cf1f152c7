package org.openresolve.core.scoring;

import java.util.Map;
import java.util.TreeMap;
import org.openresolve.core.compare.LevelPattern;

/**
 * The probability that two random records match, from the trained m and u: the expected number of
 * matches among the candidate pairs over the number of all pairs, solved as a fixed point (pairs
 * blocking did not produce are taken not to match). The Bayes factors compare a pair with random
 * pairs, so this random-pair prior is the one that makes the probabilities right.
 */
final class PriorEstimator {
  private static final int MAX_ROUNDS = 200;

  private PriorEstimator() {}

  static double estimate(
      Map<LevelPattern, Long> candidates, double[][] m, double[][] u, long possiblePairs) {
    TreeMap<LevelPattern, Long> ordered = new TreeMap<>(candidates);
    double[] logFactors = new double[ordered.size()];
    long[] counts = new long[ordered.size()];
    int i = 0;
    for (Map.Entry<LevelPattern, Long> e : ordered.entrySet()) {
      double w = 0;
      for (int c = 0; c < m.length; c++) {
        int level = e.getKey().level(c);
        if (level > 0) {
          w += Math.log(m[c][level] / u[c][level]);
        }
      }
      logFactors[i] = w;
      counts[i++] = e.getValue();
    }
    return estimate(logFactors, counts, possiblePairs);
  }

  /**
   * @param logFactors natural log Bayes factors of groups of candidate pairs
   * @param counts the pairs of each group
   */
  static double estimate(double[] logFactors, long[] counts, long possiblePairs) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    if (total == 0 || possiblePairs <= 0) {
      return Probabilities.FLOOR;
    }
    double lambda = Math.max(0.1 * total / possiblePairs, Probabilities.FLOOR / 1e3);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      double logOdds = Math.log(lambda / (1 - lambda));
      double matches = 0;
      for (int j = 0; j < counts.length; j++) {
        matches += counts[j] / (1 + Math.exp(-(logOdds + logFactors[j])));
      }
      double next = Math.min(Math.max(matches / possiblePairs, 1e-12), 1 - Probabilities.FLOOR);
      if (Math.abs(next - lambda) <= 1e-6 * lambda) {
        return next;
      }
      lambda = next;
    }
    return lambda;
  }
}
