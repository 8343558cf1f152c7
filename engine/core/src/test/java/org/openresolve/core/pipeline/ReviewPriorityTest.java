package org.openresolve.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewPriorityTest {
  @Test
  void twoSingleRecordsWeighTheirProbability() {
    assertThat(ReviewPriority.of(0.7, 1, 1, false)).isEqualTo(0.7);
  }

  @Test
  void aPairJoiningLargeEntitiesComesBeforeACertainPairOfSingleRecords() {
    assertThat(ReviewPriority.of(0.6, 3, 4, false))
        .isEqualTo(0.6 * 12)
        .isGreaterThan(ReviewPriority.of(1.0, 1, 1, false));
  }

  @Test
  void aPairAlreadyInOneEntityJoinsNothing() {
    assertThat(ReviewPriority.of(0.9, 5, 5, true)).isZero();
  }

  @Test
  void anEmptyEntityIsRefused() {
    assertThatThrownBy(() -> ReviewPriority.of(0.5, 0, 2, false))
        .hasMessage("an entity has at least one member, got 0 and 2");
  }

  @Test
  void aProbabilityOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> ReviewPriority.of(1.5, 1, 1, false))
        .hasMessage("probability must be in [0, 1], got 1.5");
  }
}
