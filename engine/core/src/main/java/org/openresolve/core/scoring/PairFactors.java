package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openresolve.core.rules.RuleSet;

/**
 * The candidate pairs counted by their Bayes factor as the decisions weigh it, term frequencies
 * included, in bins of 1/32 bit: what the prior of a random pair is estimated from once the model
 * is trained ({@link #reestimated}).
 *
 * <p>Training estimates the prior from the level patterns alone ({@link PriorEstimator}), where
 * agreeing on a full name weighs its average: among millions of candidate pairs, namesakes of
 * common names then count as likely matches, and the prior they make is too generous by a bit or
 * more on a large input. Counted with the weights that decide the pairs, a namesake pair of a
 * common name counts as the decision sees it. Two parts' counts merge into the counts of all, in
 * any order.
 */
public final class PairFactors implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final double LN2 = Math.log(2);

  /** Bins per bit: a factor is counted at the nearest multiple of 1/32 bit. */
  static final int BINS_PER_BIT = 32;

  private final Map<Integer, Long> bins = new HashMap<>();

  /** Counts one pair by its log2 Bayes factor. */
  public PairFactors add(double log2Factor) {
    if (Double.isNaN(log2Factor)) {
      throw new IllegalArgumentException("Bayes factor is NaN");
    }
    double clamped = Math.max(-1000, Math.min(1000, log2Factor));
    bins.merge((int) Math.round(clamped * BINS_PER_BIT), 1L, Long::sum);
    return this;
  }

  /** Adds another part's counts to these. */
  public PairFactors merge(PairFactors other) {
    other.bins.forEach((bin, n) -> bins.merge(bin, n, Long::sum));
    return this;
  }

  /** How many pairs were counted. */
  public long pairs() {
    return bins.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Whether the prior is re-estimated from these counts: when the rule file leaves the prior to the
   * data and term frequencies weigh the pairs, counted from {@code counts} (without them, the pairs
   * would count nearly as training counted their level patterns).
   */
  public static boolean apply(RuleSet rules, TermCounts counts) {
    requireNonNull(rules, "rules is null");
    return counts != null && rules.model().fixedPrior().isEmpty();
  }

  /** The model with the prior these pairs give among {@code possiblePairs} record pairs. */
  public ModelParameters reestimated(ModelParameters model, long possiblePairs) {
    requireNonNull(model, "model is null");
    double[] logFactors = new double[bins.size()];
    long[] counts = new long[bins.size()];
    int i = 0;
    for (Map.Entry<Integer, Long> e : new TreeMap<>(bins).entrySet()) {
      logFactors[i] = e.getKey() * LN2 / BINS_PER_BIT;
      counts[i++] = e.getValue();
    }
    double prior = PriorEstimator.estimate(logFactors, counts, possiblePairs);
    return new ModelParameters(model.ruleSet(), model.ruleSetSha256(), prior, model.comparisons());
  }
}
