package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import org.openresolve.model.Judgement;

/**
 * A pair's decision with what bears on it: the score, whether both records are graded low
 * (uncorroborated, marked whatever the decision), the analyst's SAME that linked it and the
 * refusal that kept it apart (each null when there is none).
 */
public record Decision(
    PairDecision decision, double matchWeight, double probability, boolean uncorroborated, Judgement judgement, DecisionReason.Refused refusal) {
  public Decision {
    requireNonNull(decision, "decision is null");
    if (refusal != null && decision != PairDecision.REFUSED) {
      throw new IllegalArgumentException("a refusal on a pair decided " + decision);
    }
  }

  /** The same decision refused by clustering. */
  public Decision refused(DecisionReason.Refused why) {
    return new Decision(PairDecision.REFUSED, matchWeight, probability, uncorroborated, judgement, requireNonNull(why, "why is null"));
  }

  /** The one reason that decided it: a refusal, else a judgement, else the grading, else the score. */
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
    return new DecisionReason.Scored(probability);
  }
}
