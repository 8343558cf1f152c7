package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.LevelPattern;

class UEstimatorTest {
  @Test
  void uIsTheShareOfEachLevelAmongPairsWithTheFieldPresent() {
    Map<LevelPattern, Long> random =
        Map.of(
            LevelPattern.of(1, 0), 10L, LevelPattern.of(2, 0), 990L, LevelPattern.of(0, 0), 5000L);

    double[][] u = UEstimator.estimate(random, new int[] {3, 3});

    assertThat(u[0][1]).isCloseTo(0.01, within(1e-9));
    assertThat(u[0][2]).isCloseTo(0.99, within(1e-9));
  }

  @Test
  void fieldNeverPresentIsUniform() {
    double[][] u = UEstimator.estimate(Map.of(LevelPattern.of(1, 0), 10L), new int[] {3, 4});

    assertThat(u[1]).containsExactly(new double[] {1, 1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-9));
  }

  @Test
  void levelNeverSeenAmongRandomPairsIsRareButNotImpossible() {
    double[][] u = UEstimator.estimate(Map.of(LevelPattern.of(2), 1_000_000L), new int[] {3});

    assertThat(u[0][1]).isGreaterThan(0).isLessThan(1e-5);
  }
}
