package org.openresolve.core.scoring;

/**
 * Per-comparison level distributions as training handles them: row c holds the probabilities of the
 * levels of comparison c, index 0 (MISSING) unused and kept at 1.
 */
final class Probabilities {
  /** No level is impossible: a zero would make one observed level an infinite weight. */
  static final double FLOOR = 1e-6;

  private Probabilities() {}

  /** Floors every level of {@code row} above 0, then scales the free levels so the row sums to 1. */
  static void normalise(double[] row, boolean[] fixed) {
    double fixedMass = 0;
    double freeMass = 0;
    for (int l = 1; l < row.length; l++) {
      row[l] = Math.max(row[l], FLOOR);
      if (fixed != null && fixed[l]) {
        fixedMass += row[l];
      } else {
        freeMass += row[l];
      }
    }
    double scale = Math.max(1 - fixedMass, FLOOR) / freeMass;
    for (int l = 1; l < row.length; l++) {
      if (fixed == null || !fixed[l]) {
        row[l] *= scale;
      }
    }
    row[0] = 1;
  }

  static double[][] copy(double[][] t) {
    double[][] c = new double[t.length][];
    for (int i = 0; i < t.length; i++) {
      c[i] = t[i].clone();
    }
    return c;
  }

  /**
   * Starting m for training: the ELSE level 0.05 and the others, best first, halving from the
   * first. Rule files list levels best first, so this puts most matches on the strong levels and
   * lets the data correct the rest.
   */
  static double[][] startingM(int[] levelCounts) {
    double[][] m = new double[levelCounts.length][];
    for (int c = 0; c < levelCounts.length; c++) {
      m[c] = new double[levelCounts[c]];
      double share = 1;
      for (int l = 1; l < levelCounts[c] - 1; l++) {
        share /= 2;
        m[c][l] = share;
      }
      m[c][levelCounts[c] - 1] = share / 20;
      normalise(m[c], null);
    }
    return m;
  }
}
