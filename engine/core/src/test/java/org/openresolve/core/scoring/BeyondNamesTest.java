package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openresolve.core.pipeline.CandidatePair;
import org.openresolve.core.pipeline.Decision;
import org.openresolve.core.pipeline.DecisionReason;
import org.openresolve.core.pipeline.PairDecider;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.rules.RuleSet;

/** Names alone, however strong their score, send a pair to review: namesakes are not one person. */
class BeyondNamesTest {
  private static final RuleSet RULES = DefaultRules.RULES;
  private static final PairDecider DECIDER = new PairDecider(RULES, DefaultRules.model(), null);

  /** Given and family names exact, everything else missing, with extra levels set. */
  private static CandidatePair names(String... comparisonAndLevel) {
    byte[] levels = new byte[RULES.comparisons().size()];
    levels[DefaultRules.comparison("given_name")] = 1;
    levels[DefaultRules.comparison("family_name")] = 1;
    for (int i = 0; i < comparisonAndLevel.length; i += 2) {
      levels[DefaultRules.comparison(comparisonAndLevel[i])] =
          (byte) RULES.levelIndex(comparisonAndLevel[i], comparisonAndLevel[i + 1]);
    }
    return new CandidatePair(1, 2, 1, levels, null, false, false);
  }

  @Test
  void aLinkOnNamesAloneGoesToReview() {
    Decision d = DECIDER.decide(names());

    assertThat(d.probability()).isGreaterThan(RULES.thresholds().matchProbability());
    assertThat(d.decision()).isEqualTo(PairDecision.REVIEW);
    assertThat(d.namesOnly()).isTrue();
    assertThat(d.reason()).isInstanceOf(DecisionReason.NamesOnly.class);
  }

  @Test
  void namesWithTheSameBirthDateLink() {
    Decision d = DECIDER.decide(names("birth_date", "exact"));

    assertThat(d.decision()).isEqualTo(PairDecision.LINK);
    assertThat(d.namesOnly()).isFalse();
    assertThat(d.reason()).isInstanceOf(DecisionReason.Scored.class);
  }

  @Test
  void agreementThatWeighsLessThanTheMinimumIsNotEnough() {
    // In this model "within ten years" weighs nothing (m = u): it does not tell namesakes apart.
    Decision d = DECIDER.decide(names("birth_date", "within ten years"));

    assertThat(d.decision()).isEqualTo(PairDecision.REVIEW);
    assertThat(d.namesOnly()).isTrue();
  }

  @Test
  void aNamesOnlyPairBelowTheLinkThresholdIsNotMarked() {
    // The family name missing: the given name alone does not reach the link threshold.
    CandidatePair givenOnly = names();
    givenOnly.levels()[DefaultRules.comparison("family_name")] = 0;
    Decision d = DECIDER.decide(givenOnly);

    assertThat(d.decision()).isNotEqualTo(PairDecision.LINK);
    assertThat(d.namesOnly()).isFalse();
  }
}
