package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openresolve.core.pipeline.CandidatePair;
import org.openresolve.core.pipeline.Decision;
import org.openresolve.core.pipeline.PairDecider;
import org.openresolve.core.rules.RuleSet;

/**
 * The birth year at the end of a handle weighs, in the shipped rule set, only beside the full name
 * the handle spells: many handles end in digits, so a number alone is no evidence.
 */
class BirthYearInHandleWeightTest {
  private static final RuleSet RULES = DefaultRules.RULES;
  private static final ModelParameters MODEL = DefaultRules.model();
  private static final MatchScorer SCORER = new MatchScorer(MODEL, RULES);
  private static final int YEAR = DefaultRules.comparison("birth_year_in_handle");

  /** Name in the handle at {@code nameLevel}, birth year in the handle at {@code yearLevel}. */
  private static byte[] levels(String nameLevel, String yearLevel) {
    byte[] levels = new byte[RULES.comparisons().size()];
    levels[DefaultRules.comparison("name_in_handle")] =
        (byte) RULES.levelIndex("name_in_handle", nameLevel);
    levels[YEAR] = (byte) RULES.levelIndex("birth_year_in_handle", yearLevel);
    return levels;
  }

  private static double yearWeight(String nameLevel) {
    return SCORER.partialWeights(levels(nameLevel, "birth year"), null, null)[YEAR];
  }

  @Test
  void theYearBesideTheFullNameWeighs() {
    assertThat(yearWeight("full name")).isGreaterThan(1.0);
  }

  @Test
  void aNumberMatchingWithoutTheNameWeighsNothing() {
    assertThat(yearWeight("different")).isZero();
    assertThat(yearWeight("family name")).isZero();
    assertThat(yearWeight("family name and initial")).isZero();
  }

  @Test
  void theYearBesideTheFullNameIsEvidenceBeyondNames() {
    PairDecider decider = new PairDecider(RULES, MODEL, null);
    CandidatePair pair =
        new CandidatePair(1, 2, 1, levels("full name", "birth year"), null, false, false);

    Decision d = decider.decide(pair);

    assertThat(d.namesOnly()).isFalse();
    assertThat(decider.beyondNames(SCORER.partialWeights(pair.levels(), null, null))).isTrue();
  }
}
