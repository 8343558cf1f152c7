package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairFactorsTest {
  private static final long POSSIBLE_PAIRS = 1_000_000;

  private static PairFactors pairs(int sure, int unlikely) {
    PairFactors f = new PairFactors();
    for (int i = 0; i < sure; i++) {
      f.add(40);
    }
    for (int i = 0; i < unlikely; i++) {
      f.add(-40);
    }
    return f;
  }

  @Test
  void thePriorIsTheShareOfAllPairsTheFactorsMakeMatches() {
    ModelParameters model = pairs(100, 10_000).reestimated(DefaultRules.model(), POSSIBLE_PAIRS);

    assertThat(model.prior()).isCloseTo(100.0 / POSSIBLE_PAIRS, within(1e-8));
  }

  @Test
  void partsCountedApartMergeIntoTheCountsOfAll() {
    PairFactors all = pairs(100, 10_000).add(3.2).add(-1.7);
    PairFactors parts = pairs(60, 4_000).add(3.2).merge(pairs(40, 6_000).add(-1.7));

    assertThat(parts.pairs()).isEqualTo(all.pairs());
    assertThat(parts.reestimated(DefaultRules.model(), POSSIBLE_PAIRS).prior())
        .isEqualTo(all.reestimated(DefaultRules.model(), POSSIBLE_PAIRS).prior());
  }

  @Test
  void onlyThePriorChanges() {
    ModelParameters model = DefaultRules.model();

    ModelParameters again = pairs(100, 10_000).reestimated(model, POSSIBLE_PAIRS);

    assertThat(again.prior()).isNotEqualTo(model.prior());
    assertThat(again.comparisons()).isEqualTo(model.comparisons());
    assertThat(again.ruleSetSha256()).isEqualTo(model.ruleSetSha256());
  }
}
