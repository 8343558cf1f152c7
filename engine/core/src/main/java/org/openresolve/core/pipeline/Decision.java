package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import org.openresolve.model.Judgement;

/**
 * A pair's decision with what bears on it: the score, whether both records are graded low
 * (uncorroborated, marked whatever the decision), whether a link score rests on names alone and so
 * went to review ({@code namesOnly}), the analyst's SAME that linked it and the refusal that kept
 * it apart (each null when there is none).
 */
public record Decision(
    PairDecision decision,
    double matchWeight,
    double probability,
    boolean uncorroborated,
    boolean namesOnly,
    Judgement judgement,
    DecisionReason.Refused refusal) {
  /** A decision on more than names alone. */
  public Decision(
      PairDecision decision,
      double matchWeight,
      double probability,
      boolean uncorroborated,
      Judgement judgement,
      DecisionReason.Refused refusal) {
    this(decision, matchWeight, probability, uncorroborated, false, judgement, refusal);
  }

  public Decision {
    requireNonNull(decision, "decision is null");
    if (refusal != null && decision != PairDecision.REFUSED) {
      throw new IllegalArgumentException("a refusal on a pair decided " + decision);
    }
  }

  /** The same decision refused by clustering. */
  public Decision refused(DecisionReason.Refused why) {
    return new Decision(
        PairDecision.REFUSED,
        matchWeight,
        probability,
        uncorroborated,
        namesOnly,
        judgement,
        requireNonNull(why, "why is null"));
  }

  /**
   * The one reason that decided it: a refusal, else a judgement, else the grading, else the score.
   */
  public DecisionReason reason() {
    if (refusal != null) {
      return refusal;
    }
    if (judgement != null) {
      return new DecisionReason.JudgedSame(judgement);
    }
    if (uncorroborated) {
      return new DecisionReason.Uncorroborated(probability);
    }
    if (namesOnly) {
      return new DecisionReason.NamesOnly(probability);
    }
    return new DecisionReason.Scored(probability);
  }
}
