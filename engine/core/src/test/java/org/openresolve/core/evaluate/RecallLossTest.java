package org.openresolve.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecallLossTest {
  private static final long FAM = 1L;
  private static final long NAMES = 2L;

  private static RecallLoss loss() {
    return new RecallLoss(List.of("fam", "names"))
        .add(TruePairFate.FOUND, FAM | NAMES, FAM | NAMES, false, 5)
        .add(TruePairFate.FOUND, NAMES, NAMES, false, 2)
        .add(TruePairFate.FOUND, 0, 0, false, 1)
        .add(TruePairFate.ONLY_IN_OVERSIZE_BLOCKS, FAM | NAMES, 0, false, 3)
        .add(TruePairFate.SKIPPED_BY_CONDITION, FAM | NAMES, NAMES, true, 4)
        .add(TruePairFate.SCORED_BELOW_REVIEW, FAM, FAM, false, 5);
  }

  @Test
  void pairCompletenessIsTheShareOfTruePairsCompared() {
    RecallLoss l = loss();

    assertThat(l.truePairs()).isEqualTo(20);
    assertThat(l.compared()).isEqualTo(12);
    assertThat(l.pairCompleteness()).isCloseTo(0.6, within(1e-12));
    assertThat(l.foundCompared()).isEqualTo(7);
  }

  @Test
  void eachFateIsCountedAndSharedOutOfAllTruePairs() {
    RecallLoss l = loss();

    assertThat(l.count(TruePairFate.FOUND)).isEqualTo(8);
    assertThat(l.shareOf(TruePairFate.SKIPPED_BY_CONDITION)).isCloseTo(0.2, within(1e-12));
    assertThat(l.count(TruePairFate.IN_REVIEW)).isZero();
  }

  @Test
  void eachRuleCountsWhatItComparedAloneAndTheLostPairsItReachedOnlyThroughOversizeOrSkipWhen() {
    assertThat(loss().byRule())
        .containsExactly(
            new RecallLoss.RuleRecall("fam", 10, 5, 3, 0, 0.5),
            new RecallLoss.RuleRecall("names", 7, 2, 3, 4, 0.35));
  }

  @Test
  void noTruePairsIsCompleteAndLosesNothing() {
    RecallLoss l = new RecallLoss(List.of("fam"));

    assertThat(l.pairCompleteness()).isEqualTo(1.0);
    assertThat(l.shareOf(TruePairFate.NOT_BLOCKED)).isZero();
  }
}
