package org.openresolve.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SizeBucketsTest {
  @Test
  void smallSizesAreShownOneByOneWithTheGapsAsZero() {
    assertThat(SizeBuckets.of(new TreeMap<>(Map.of(1L, 5L, 3L, 2L))))
        .containsExactly(
            Map.entry("1 record", 5L), Map.entry("2 records", 0L), Map.entry("3 records", 2L));
  }

  @Test
  void largeSizesAreGatheredInTenfoldRangesThatHoldAnEntity() {
    assertThat(SizeBuckets.of(new TreeMap<>(Map.of(1L, 1L, 12L, 2L, 99L, 1L, 2500L, 1L))))
        .containsEntry("11-100 records", 3L)
        .containsEntry("1001-10000 records", 1L)
        .doesNotContainKey("101-1000 records")
        .hasSize(12);
  }

  @Test
  void noEntitiesGiveNoBuckets() {
    assertThat(SizeBuckets.of(new TreeMap<>())).isEmpty();
  }
}
