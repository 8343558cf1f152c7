package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.LevelPattern;

/**
 * Scores compared pairs with a trained model (Fellegi-Sunter): the match weight is the log2 prior
 * odds plus log2(m/u) of each comparison's level. Weights are tabulated once; immutable and
 * serializable for Spark tasks.
 */
public final class MatchScorer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final double LN2 = Math.log(2);

  private final double priorWeight;
  private final double[][] weights;

  public MatchScorer(ModelParameters model) {
    requireNonNull(model, "model is null");
    this.priorWeight = Math.log(model.prior() / (1 - model.prior())) / LN2;
    double[][] m = model.m();
    double[][] u = model.u();
    this.weights = new double[m.length][];
    for (int c = 0; c < m.length; c++) {
      weights[c] = new double[m[c].length];
      for (int l = 1; l < m[c].length; l++) {
        weights[c][l] = Math.log(m[c][l] / u[c][l]) / LN2;
      }
    }
  }

  public PairScore score(ComparisonVector v) {
    requireNonNull(v, "v is null");
    return score(v.pattern());
  }

  public PairScore score(LevelPattern p) {
    requireNonNull(p, "p is null");
    if (p.size() != weights.length) {
      throw new IllegalArgumentException("pattern " + p + " does not have " + weights.length + " comparisons");
    }
    double total = priorWeight;
    List<Double> partial = new ArrayList<>(weights.length);
    for (int c = 0; c < weights.length; c++) {
      double w = weights[c][p.level(c)];
      partial.add(w);
      total += w;
    }
    return new PairScore(total, probability(total), partial);
  }

  /**
   * The score with term-frequency adjustment: {@code values} are the values each comparison agreed
   * on (the first record's side), used only at an adjusted comparison's exact level.
   */
  public PairScore score(LevelPattern p, List<String> values, TermFrequencies tf) {
    requireNonNull(tf, "tf is null");
    return score(p, tf.counts().countsOf(p.levels(), values), tf);
  }

  /**
   * The score with term-frequency adjustment from the counts of the values agreed on
   * ({@link TermCounts#countsOf}); {@code tf} may be null for none. A full-name cap lowers the
   * given and family names' partial weights in proportion, so the partial weights still add up.
   */
  public PairScore score(LevelPattern p, long[] termCounts, TermFrequencies tf) {
    requireNonNull(p, "p is null");
    checkSize(p.size());
    double[] w = new double[weights.length];
    for (int c = 0; c < weights.length; c++) {
      w[c] = weights[c][p.level(c)];
      if (tf != null) {
        w[c] = tf.weightForCount(c, termCounts[c], w[c]);
      }
    }
    if (tf != null) {
      capFullName(w, termCounts, tf);
    }
    double total = priorWeight;
    List<Double> partial = new ArrayList<>(weights.length);
    for (double x : w) {
      partial.add(x);
      total += x;
    }
    return new PairScore(total, probability(total), partial);
  }

  /**
   * The match weight alone, for the many pairs whose partial weights nobody reads: levels one per
   * comparison, term counts as in {@link #score(LevelPattern, long[], TermFrequencies)} or null.
   * Adds up exactly as {@code score} does, so both give the same weight.
   */
  public double matchWeight(byte[] levels, long[] termCounts, TermFrequencies tf) {
    checkSize(levels.length);
    double[] w = new double[weights.length];
    for (int c = 0; c < weights.length; c++) {
      w[c] = weights[c][levels[c]];
      if (tf != null && termCounts != null) {
        w[c] = tf.weightForCount(c, termCounts[c], w[c]);
      }
    }
    if (tf != null && termCounts != null) {
      capFullName(w, termCounts, tf);
    }
    double total = priorWeight;
    for (double x : w) {
      total += x;
    }
    return total;
  }

  private static void capFullName(double[] w, long[] termCounts, TermFrequencies tf) {
    int slot = tf.counts().fullNameSlot();
    if (slot < 0 || slot >= termCounts.length || termCounts[slot] <= 0) {
      return;
    }
    int g = tf.counts().givenComparison();
    int f = tf.counts().familyComparison();
    double joint = w[g] + w[f];
    double cap = tf.fullNameCap(termCounts[slot]);
    if (joint > cap && joint > 0) {
      double scale = Math.max(0, cap) / joint;
      w[g] *= scale;
      w[f] *= scale;
    }
  }

  private void checkSize(int size) {
    if (size != weights.length) {
      throw new IllegalArgumentException("a pair with " + size + " levels, the model has " + weights.length + " comparisons");
    }
  }

  public static double probabilityOf(double matchWeight) {
    return probability(matchWeight);
  }

  public PairScore score(ComparisonVector v, TermFrequencies tf) {
    List<String> values = new ArrayList<>(v.size());
    for (int c = 0; c < v.size(); c++) {
      values.add(v.left(c));
    }
    return score(v.pattern(), values, tf);
  }

  /** The weight the prior alone gives a pair: log2(lambda / (1 - lambda)). */
  public double priorWeight() {
    return priorWeight;
  }

  static double probability(double matchWeight) {
    return 1 / (1 + Math.pow(2, -matchWeight));
  }
}
