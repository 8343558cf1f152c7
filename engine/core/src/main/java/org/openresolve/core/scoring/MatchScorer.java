package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.LevelRef;
import org.openresolve.core.rules.RuleSet;

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
  // For each comparison, pairs (other comparison, level) at which its agreement weighs nothing.
  private final int[][] weightlessWhen;

  /** A scorer that applies the rule set's {@code weightless_when} conditions. */
  public MatchScorer(ModelParameters model, RuleSet rules) {
    this(model, conditions(requireNonNull(rules, "rules is null")));
  }

  /** A scorer of the model alone, without conditions between comparisons. */
  public MatchScorer(ModelParameters model) {
    this(model, (int[][]) null);
  }

  private MatchScorer(ModelParameters model, int[][] weightlessWhen) {
    requireNonNull(model, "model is null");
    this.weightlessWhen = weightlessWhen != null ? weightlessWhen : new int[model.m().length][0];
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
    return score(p, (long[]) null, null);
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
   * The score with term-frequency adjustment from the counts of the values agreed on ({@link
   * TermCounts#countsOf}); {@code tf} may be null for none. A full-name cap lowers the given and
   * family names' partial weights in proportion, so the partial weights still add up.
   */
  public PairScore score(LevelPattern p, long[] termCounts, TermFrequencies tf) {
    requireNonNull(p, "p is null");
    checkSize(p.size());
    double[] w = partialWeights(p::level, termCounts, tf);
    double total = priorWeight;
    List<Double> partial = new ArrayList<>(weights.length);
    List<String> notes = new ArrayList<>(weights.length);
    for (int c = 0; c < w.length; c++) {
      partial.add(w[c]);
      total += w[c];
      notes.add(
          tf == null || termCounts == null
              ? null
              : tf.note(c, p.level(c), termCounts[c], weights[c][p.level(c)]));
    }
    return new PairScore(total, probability(total), partial, notes);
  }

  /**
   * The match weight alone, for the many pairs whose partial weights nobody reads: levels one per
   * comparison, term counts as in {@link #score(LevelPattern, long[], TermFrequencies)} or null.
   * Adds up exactly as {@code score} does, so both give the same weight.
   */
  public double matchWeight(byte[] levels, long[] termCounts, TermFrequencies tf) {
    return matchWeight(partialWeights(levels, termCounts, tf));
  }

  /**
   * The log2 Bayes factor of a pair: its match weight without the prior, levels and term counts as
   * {@link #matchWeight(byte[], long[], TermFrequencies)} takes them.
   */
  public double bayesFactor(byte[] levels, long[] termCounts, TermFrequencies tf) {
    double total = 0;
    for (double x : partialWeights(levels, termCounts, tf)) {
      total += x;
    }
    return total;
  }

  /**
   * Each comparison's partial weight for levels and term counts as {@link #matchWeight(byte[],
   * long[], TermFrequencies)} takes them.
   */
  public double[] partialWeights(byte[] levels, long[] termCounts, TermFrequencies tf) {
    checkSize(levels.length);
    return partialWeights(c -> levels[c], termCounts, tf);
  }

  /**
   * The match weight of partial weights as {@link #partialWeights(byte[], long[], TermFrequencies)}
   * gives them.
   */
  public double matchWeight(double[] partialWeights) {
    double total = priorWeight;
    for (double x : partialWeights) {
      total += x;
    }
    return total;
  }

  /**
   * Each comparison's weight at its level: the model's log2(m/u), adjusted by term frequency, by a
   * {@code shared_value} limit and the full-name cap when counts are given, then cleared where a
   * {@code weightless_when} holds.
   */
  private double[] partialWeights(IntUnaryOperator level, long[] termCounts, TermFrequencies tf) {
    boolean adjusted = tf != null && termCounts != null;
    double[] w = new double[weights.length];
    for (int c = 0; c < weights.length; c++) {
      int l = level.applyAsInt(c);
      w[c] = weights[c][l];
      if (adjusted) {
        w[c] = tf.weightForCount(c, l, termCounts[c], w[c]);
      }
    }
    if (adjusted) {
      capFullName(w, termCounts, tf);
    }
    applyConditions(w, level);
    return w;
  }

  /**
   * Clears the positive weight of each comparison whose {@code weightless_when} condition holds.
   */
  private void applyConditions(double[] w, IntUnaryOperator level) {
    for (int c = 0; c < w.length; c++) {
      int[] when = weightlessWhen[c];
      for (int k = 0; k < when.length && w[c] > 0; k += 2) {
        if (level.applyAsInt(when[k]) == when[k + 1]) {
          w[c] = 0;
        }
      }
    }
  }

  private static int[][] conditions(RuleSet rules) {
    List<ComparisonSpec> cs = rules.comparisons();
    int[][] out = new int[cs.size()][];
    for (int c = 0; c < cs.size(); c++) {
      List<LevelRef> refs = cs.get(c).weightlessWhen();
      out[c] = new int[refs.size() * 2];
      for (int k = 0; k < refs.size(); k++) {
        out[c][2 * k] = rules.comparisonIndex(refs.get(k).comparison());
        out[c][2 * k + 1] = rules.levelIndex(refs.get(k).comparison(), refs.get(k).level());
      }
    }
    return out;
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
      throw new IllegalArgumentException(
          "a pair with " + size + " levels, the model has " + weights.length + " comparisons");
    }
  }

  public static double probabilityOf(double matchWeight) {
    return probability(matchWeight);
  }

  /**
   * The score with term-frequency and shared-value adjustment, from both records' values as
   * compared.
   */
  public PairScore score(ComparisonVector v, TermFrequencies tf) {
    requireNonNull(tf, "tf is null");
    return score(v.pattern(), tf.counts().countsOf(v), tf);
  }

  /** The weight the prior alone gives a pair: log2(lambda / (1 - lambda)). */
  public double priorWeight() {
    return priorWeight;
  }

  static double probability(double matchWeight) {
    return 1 / (1 + Math.pow(2, -matchWeight));
  }
}
