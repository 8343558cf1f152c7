package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openresolve.core.compare.LevelPattern;

/**
 * Estimates the m probabilities and the share of matches among the candidate pairs by
 * expectation-maximisation, with u held fixed (as Splink does: u from random pairs is reliable, and
 * fixing it keeps EM from swapping the roles of the two classes). Runs on aggregated level
 * patterns: the cost is per distinct pattern, not per pair. Patterns are visited in their natural
 * order, so the result does not depend on the map given.
 */
public final class ExpectationMaximisation {
  /** Matches assumed seen at the starting m, on top of the expected counts (a Dirichlet prior). */
  static final double PSEUDO_PAIRS = 1.0;

  private final int maxIterations;
  private final double tolerance;

  public ExpectationMaximisation(int maxIterations, double tolerance) {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
    }
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
    }
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /**
   * @param patterns level patterns of the candidate pairs with their counts
   * @param u u[c][l], fixed
   * @param startM m[c][l] to start from
   * @param startLambda share of matches among the candidate pairs to start from
   * @param fixedM levels whose m is kept as given (null: none)
   * @param fixLambda whether the share of matches is kept as given
   */
  public Result run(
      Map<LevelPattern, Long> patterns,
      double[][] u,
      double[][] startM,
      double startLambda,
      boolean[][] fixedM,
      boolean fixLambda) {
    requireNonNull(patterns, "patterns is null");
    requireNonNull(u, "u is null");
    requireNonNull(startM, "startM is null");
    if (!(startLambda > 0 && startLambda < 1)) {
      throw new IllegalArgumentException("startLambda must be in (0, 1), got " + startLambda);
    }
    List<int[]> levels = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (Map.Entry<LevelPattern, Long> e : new TreeMap<>(patterns).entrySet()) {
      if (e.getKey().size() != u.length) {
        throw new IllegalArgumentException(
            "pattern " + e.getKey() + " does not have " + u.length + " comparisons");
      }
      levels.add(e.getKey().levels());
      counts.add(e.getValue());
    }
    double[][] m = Probabilities.copy(startM);
    double lambda = startLambda;
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      double[][] expected = new double[m.length][];
      for (int c = 0; c < m.length; c++) {
        expected[c] = new double[m[c].length];
      }
      double matches = 0;
      double total = 0;
      double priorLogOdds = Math.log(lambda / (1 - lambda));
      for (int i = 0; i < levels.size(); i++) {
        int[] pattern = levels.get(i);
        double logOdds = priorLogOdds;
        for (int c = 0; c < pattern.length; c++) {
          if (pattern[c] > 0) {
            logOdds += Math.log(m[c][pattern[c]] / u[c][pattern[c]]);
          }
        }
        double n = counts.get(i);
        double matching = n / (1 + Math.exp(-logOdds));
        matches += matching;
        total += n;
        for (int c = 0; c < pattern.length; c++) {
          expected[c][pattern[c]] += matching;
        }
      }
      double change = 0;
      for (int c = 0; c < m.length; c++) {
        double[] next = expected[c];
        // A pseudo-pair spread as the start: a level no candidate pair reaches keeps a small m
        // instead of the floor, so one unusual pair is not scored as near-impossible for a match.
        for (int l = 1; l < next.length; l++) {
          next[l] += PSEUDO_PAIRS * startM[c][l];
        }
        for (int l = 1; l < next.length; l++) {
          if (fixedM != null && fixedM[c][l]) {
            next[l] = m[c][l];
          }
        }
        if (sumFrom1(next) == 0) {
          next = m[c].clone(); // no candidate pair has this field: keep the start
        }
        Probabilities.normalise(next, fixedM == null ? null : fixedM[c]);
        for (int l = 1; l < next.length; l++) {
          change = Math.max(change, Math.abs(next[l] - m[c][l]));
        }
        m[c] = next;
      }
      if (!fixLambda && total > 0) {
        double next =
            Math.min(Math.max(matches / total, Probabilities.FLOOR), 1 - Probabilities.FLOOR);
        change = Math.max(change, Math.abs(next - lambda));
        lambda = next;
      }
      if (change < tolerance) {
        return new Result(m, lambda, iteration, true);
      }
    }
    return new Result(m, lambda, maxIterations, false);
  }

  private static double sumFrom1(double[] row) {
    double s = 0;
    for (int l = 1; l < row.length; l++) {
      s += row[l];
    }
    return s;
  }

  /**
   * @param m m[c][l], index 0 unused
   * @param lambda the share of matches among the candidate pairs
   */
  public record Result(double[][] m, double lambda, int iterations, boolean converged) {}
}
