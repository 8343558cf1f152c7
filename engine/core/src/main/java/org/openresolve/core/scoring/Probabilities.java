package org.openresolve.core.scoring;

/**
 * Per-comparison level distributions as training handles them: row c holds the probabilities of the
 * levels of comparison c, index 0 (MISSING) unused and kept at 1.
 */
final class Probabilities {
  /** No level is impossible: a zero would make one observed level an infinite weight. */
  static final double FLOOR = 1e-6;

  private Probabilities() {}

  /**
   * Scales the free levels of {@code row} so the row sums to 1, then lifts each free level to at
   * least about {@link #FLOOR} (the floor is applied to proportions, not to raw counts).
   */
  static void normalise(double[] row, boolean[] fixed) {
    scaleFree(row, fixed);
    for (int l = 1; l < row.length; l++) {
      if (fixed == null || !fixed[l]) {
        row[l] = Math.max(row[l], FLOOR);
      }
    }
    scaleFree(row, fixed);
    row[0] = 1;
  }

  private static void scaleFree(double[] row, boolean[] fixed) {
    double fixedMass = 0;
    double freeMass = 0;
    for (int l = 1; l < row.length; l++) {
      if (fixed != null && fixed[l]) {
        fixedMass += row[l];
      } else {
        freeMass += Math.max(row[l], 0);
      }
    }
    double target = Math.max(1 - fixedMass, FLOOR);
    for (int l = 1; l < row.length; l++) {
      if (fixed == null || !fixed[l]) {
        row[l] =
            freeMass == 0 ? target / (row.length - 1) : Math.max(row[l], 0) * target / freeMass;
      }
    }
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
