package org.openresolve.core.evaluate;

import java.io.Serializable;

/**
 * The sums over the contingency table that pairwise and B-cubed scores need. Kept as sums so a
 * distributed job can add them up without bringing the table to one machine.
 *
 * @param records evaluated records (N)
 * @param sharedPairs Σ C(n_ij, 2): pairs together in both the prediction and the truth
 * @param predictedPairs Σ_i C(n_i, 2): pairs the prediction puts together
 * @param truePairs Σ_j C(n_j, 2): pairs the truth puts together
 * @param bcubedPrecisionSum Σ n_ij² / n_i
 * @param bcubedRecallSum Σ n_ij² / n_j
 */
public record OverlapSums(
    long records,
    long sharedPairs,
    long predictedPairs,
    long truePairs,
    double bcubedPrecisionSum,
    double bcubedRecallSum)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final OverlapSums EMPTY = new OverlapSums(0, 0, 0, 0, 0, 0);

  /**
   * Adds one cell. The predicted-pair and true-pair totals count each cluster once, so a cell adds
   * its share of its clusters' pairs: n_ij / n_i of C(n_i, 2), which sums to C(n_i, 2) over i's
   * cells.
   */
  public OverlapSums plus(ClusterOverlap c) {
    double nij = c.shared();
    return new OverlapSums(
        records + c.shared(),
        sharedPairs + pairs(c.shared()),
        predictedPairs,
        truePairs,
        bcubedPrecisionSum + nij * nij / c.predictedSize(),
        bcubedRecallSum + nij * nij / c.trueSize());
  }

  /** The sums of two disjoint parts of the table, e.g. the cells of two tasks. */
  public OverlapSums plus(OverlapSums other) {
    return new OverlapSums(
        records + other.records,
        sharedPairs + other.sharedPairs,
        predictedPairs + other.predictedPairs,
        truePairs + other.truePairs,
        bcubedPrecisionSum + other.bcubedPrecisionSum,
        bcubedRecallSum + other.bcubedRecallSum);
  }

  /** Adds the pairs of one whole predicted cluster and one whole true cluster. */
  public OverlapSums withClusterPairs(long predictedPairsToAdd, long truePairsToAdd) {
    return new OverlapSums(
        records,
        sharedPairs,
        predictedPairs + predictedPairsToAdd,
        truePairs + truePairsToAdd,
        bcubedPrecisionSum,
        bcubedRecallSum);
  }

  public static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  public EvaluationScores scores() {
    return new EvaluationScores(
        records,
        truePairs,
        predictedPairs,
        sharedPairs,
        Prf.of(ratio(sharedPairs, predictedPairs), ratio(sharedPairs, truePairs)),
        Prf.of(ratio(bcubedPrecisionSum, records), ratio(bcubedRecallSum, records)));
  }

  /** An empty denominator means nothing could be wrong: score 1. */
  private static double ratio(double num, double den) {
    return den == 0 ? 1.0 : num / den;
  }
}
