package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightHistogramTest {
  @Test
  void aWeightFallsInTheBinOfItsFloor() {
    WeightHistogram h = new WeightHistogram().add(2.0).add(2.99).add(-0.5).add(-1.0);

    assertThat(h.bins())
        .containsExactly(
            new WeightHistogram.Bin(-1, 2),
            new WeightHistogram.Bin(0, 0),
            new WeightHistogram.Bin(1, 0),
            new WeightHistogram.Bin(2, 2));
    assertThat(h.total()).isEqualTo(4);
  }

  @Test
  void histogramsOfPartsMergeIntoTheHistogramOfTheWhole() {
    WeightHistogram a = new WeightHistogram().add(1.5).add(7.2);
    WeightHistogram b = new WeightHistogram().add(1.1);

    assertThat(a.merge(b).nonEmpty()).isEqualTo(Map.of(1, 2L, 7, 1L));
  }

  @Test
  void infiniteWeightsAreCountedAtTheEdges() {
    WeightHistogram h =
        new WeightHistogram().add(Double.NEGATIVE_INFINITY).add(Double.POSITIVE_INFINITY);

    assertThat(h.nonEmpty())
        .isEqualTo(Map.of(WeightHistogram.LOWEST_BIN, 1L, WeightHistogram.HIGHEST_BIN, 1L));
  }

  @Test
  void aHistogramReadBackFromItsBinsIsTheSame() {
    WeightHistogram h = new WeightHistogram().add(-3.2).add(4.4).add(4.9);

    assertThat(WeightHistogram.of(h.nonEmpty()).bins()).isEqualTo(h.bins());
  }

  @Test
  void anEmptyHistogramHasNoBins() {
    assertThat(new WeightHistogram().bins()).isEmpty();
  }

  @Test
  void theWeightOfAProbabilityInvertsTheScorersProbability() {
    assertThat(WeightHistogram.weightOf(0.5)).isEqualTo(0.0);
    assertThat(MatchScorer.probabilityOf(WeightHistogram.weightOf(0.9)))
        .isCloseTo(0.9, within(1e-12));
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> WeightHistogram.of(Map.of(1, -2L)))
        .hasMessage("pairs is negative: -2");
  }
}
