package org.openresolve.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceOverlapTest {
  @Test
  void anEntityCountsForEveryPairOfItsSourcesAndOnTheDiagonalForEach() {
    long[][] cells =
        SourceOverlap.of(
            List.of("a", "b", "c"),
            Map.of(List.of("a", "b", "c"), 2L, List.of("a", "b"), 3L, List.of("c"), 7L));

    assertThat(cells).isDeepEqualTo(new long[][] {{5, 5, 2}, {5, 5, 2}, {2, 2, 9}});
  }
}
