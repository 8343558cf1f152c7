package org.openresolve.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openresolve.core.pipeline.PairDecision;
import org.openresolve.core.pipeline.PairReach;

class TruePairFateTest {
  private static final PairReach COMPARED = new PairReach(List.of("fam:SM0|1980"), 1, 1, false);

  @Test
  void aPairInOnePredictedEntityIsFoundHoweverItWasReached() {
    assertThat(TruePairFate.of(true, PairDecision.NONE, new PairReach(List.of(), 0, 0, false)))
        .isEqualTo(TruePairFate.FOUND);
  }

  @Test
  void aPairSharingNoKeyWasNeverBlockedTogether() {
    assertThat(TruePairFate.of(false, PairDecision.NONE, new PairReach(List.of(), 0, 0, false)))
        .isEqualTo(TruePairFate.NOT_BLOCKED);
  }

  @Test
  void aPairSharingOnlyKeysOfOversizeBlocksIsLostToThem() {
    assertThat(
            TruePairFate.of(
                false, PairDecision.NONE, new PairReach(List.of("fam:SM0|1980"), 1, 0, false)))
        .isEqualTo(TruePairFate.ONLY_IN_OVERSIZE_BLOCKS);
  }

  @Test
  void aPairItsRulesSkippedIsLostToSkipWhen() {
    assertThat(
            TruePairFate.of(
                false, PairDecision.NONE, new PairReach(List.of("names:AN|SM0"), 2, 2, true)))
        .isEqualTo(TruePairFate.SKIPPED_BY_CONDITION);
  }

  @Test
  void aComparedPairNoTableHoldsScoredBelowReview() {
    assertThat(TruePairFate.of(false, PairDecision.NONE, COMPARED))
        .isEqualTo(TruePairFate.SCORED_BELOW_REVIEW);
  }

  @Test
  void aPairInTheReviewTableIsInTheReviewBand() {
    assertThat(TruePairFate.of(false, PairDecision.REVIEW, COMPARED))
        .isEqualTo(TruePairFate.IN_REVIEW);
  }

  @Test
  void aPairInTheRefusedTableWasKeptApartByAGuard() {
    assertThat(TruePairFate.of(false, PairDecision.REFUSED, COMPARED))
        .isEqualTo(TruePairFate.REFUSED_BY_GUARD);
  }

  @Test
  void aLinkedPairInTwoEntitiesIsReportedAsSuch() {
    assertThat(TruePairFate.of(false, PairDecision.LINK, COMPARED))
        .isEqualTo(TruePairFate.LINKED_YET_APART);
  }
}
