package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.rules.BeyondNames;
import org.openresolve.core.rules.GradingPolicy;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.rules.Thresholds;
import org.openresolve.core.scoring.MatchScorer;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.PairScore;
import org.openresolve.core.scoring.TermFrequencies;

/**
 * Scores a compared pair and decides it: at or above the match probability it links, from the
 * review probability up it goes to review, below it nothing happens; then the grading policy (a
 * pair whose two records are both graded low is uncorroborated, and under {@code uncorroborated:
 * REVIEW} a link goes to review instead) and the need for agreement beyond names (a link on names
 * alone goes to review: {@link BeyondNames}).
 */
public final class PairDecider implements Serializable {
  private static final long serialVersionUID = 1L;

  private final MatchScorer scorer;
  private final Thresholds thresholds;
  private final GradingPolicy grading;
  private final TermFrequencies termFrequencies;
  private final java.util.Map<String, Integer> comparisonIndex;

  /**
   * @param termFrequencies frequencies of values in the data, or null for none
   */
  public PairDecider(RuleSet rules, ModelParameters model, TermFrequencies termFrequencies) {
    requireNonNull(rules, "rules is null");
    this.scorer = new MatchScorer(requireNonNull(model, "model is null"), rules);
    this.thresholds = rules.thresholds();
    this.grading = rules.grading();
    this.termFrequencies = termFrequencies;
    this.comparisonIndex =
        rules.comparisons().stream()
            .collect(
                java.util.stream.Collectors.toMap(c -> c.id(), c -> rules.comparisonIndex(c.id())));
  }

  public MatchScorer scorer() {
    return scorer;
  }

  /** The frequencies the scores use, or null for none. */
  public TermFrequencies termFrequencies() {
    return termFrequencies;
  }

  /** What the thresholds alone make of a probability. */
  public PairDecision byThresholds(double probability) {
    return probability >= thresholds.matchProbability()
        ? PairDecision.LINK
        : probability >= thresholds.reviewProbability() ? PairDecision.REVIEW : PairDecision.NONE;
  }

  /** The decision on a compared pair. */
  public Decision decide(CandidatePair pair) {
    double[] partial = scorer.partialWeights(pair.levels(), pair.termCounts(), termFrequencies);
    double weight = scorer.matchWeight(partial);
    double probability = MatchScorer.probabilityOf(weight);
    PairDecision decision = byThresholds(probability);
    boolean uncorroborated = pair.lowLeft() && pair.lowRight();
    if (uncorroborated
        && decision == PairDecision.LINK
        && grading.uncorroborated() == GradingPolicy.Action.REVIEW) {
      decision = PairDecision.REVIEW;
    }
    boolean namesOnly = decision == PairDecision.LINK && !beyondNames(partial);
    if (namesOnly) {
      decision = PairDecision.REVIEW;
    }
    return new Decision(decision, weight, probability, uncorroborated, namesOnly, null, null);
  }

  /**
   * Whether partial weights hold agreement beyond names: one of the rule set's {@code beyond_names}
   * comparisons weighs at least its {@code min_weight}; always true when the rule set names none.
   */
  public boolean beyondNames(double[] partialWeights) {
    BeyondNames beyond = thresholds.beyondNames();
    return beyond == null || beyond.metBy(id -> partialWeights[comparisonIndex.get(id)]);
  }

  /**
   * The full score of a decided pair: partial weights and, per comparison, why a weight was
   * reduced; adds up to the weight {@link #decide} gave it.
   */
  public PairScore score(LevelPattern levels, long[] termCounts) {
    return termCounts == null
        ? scorer.score(levels)
        : scorer.score(levels, termCounts, termFrequencies);
  }
}
