package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;
import org.openresolve.core.compare.LevelPattern;

/**
 * The u probabilities: how often each level occurs among non-matching pairs, counted on random
 * record pairs (nearly all of which do not match). Works on pattern counts, so the Spark job brings
 * only distinct level combinations to the driver.
 */
public final class UEstimator {
  private UEstimator() {}

  /**
   * @param randomPairPatterns level patterns of random pairs with their counts
   * @param levelCounts number of levels of each comparison, MISSING and ELSE included
   * @return u[c][l]; index 0 (MISSING) is 1. A level never seen gets half a pair's share, not 0.
   */
  public static double[][] estimate(Map<LevelPattern, Long> randomPairPatterns, int[] levelCounts) {
    requireNonNull(randomPairPatterns, "randomPairPatterns is null");
    double[][] counts = new double[levelCounts.length][];
    for (int c = 0; c < levelCounts.length; c++) {
      counts[c] = new double[levelCounts[c]];
    }
    for (Map.Entry<LevelPattern, Long> e : new TreeMap<>(randomPairPatterns).entrySet()) {
      LevelPattern p = e.getKey();
      if (p.size() != levelCounts.length) {
        throw new IllegalArgumentException(
            "pattern " + p + " does not have " + levelCounts.length + " comparisons");
      }
      for (int c = 0; c < levelCounts.length; c++) {
        counts[c][p.level(c)] += e.getValue();
      }
    }
    double[][] u = new double[levelCounts.length][];
    for (int c = 0; c < levelCounts.length; c++) {
      double observed = 0;
      for (int l = 1; l < levelCounts[c]; l++) {
        observed += counts[c][l];
      }
      u[c] = new double[levelCounts[c]];
      for (int l = 1; l < levelCounts[c]; l++) {
        // With no observation at all the comparison is uninformative: u uniform.
        u[c][l] =
            observed == 0 ? 1.0 / (levelCounts[c] - 1) : Math.max(counts[c][l], 0.5) / observed;
      }
      Probabilities.normalise(u[c], null);
    }
    return u;
  }
}
