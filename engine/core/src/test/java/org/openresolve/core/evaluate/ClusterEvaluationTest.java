package org.openresolve.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterEvaluationTest {
  @Test
  void scoresAPerfectClusteringAsOne() {
    var s =
        ClusterEvaluation.score(
            Map.of("a", "1", "b", "1", "c", "2"), Map.of("a", "x", "b", "x", "c", "y"));

    assertThat(s.pairwise()).isEqualTo(new Prf(1, 1, 1));
    assertThat(s.bcubed().f1()).isEqualTo(1.0);
    assertThat(s.truePairs()).isEqualTo(1);
  }

  @Test
  void countsAFalseMergeAgainstPrecisionOnly() {
    // truth {a,b} {c}; predicted {a,b,c}: 3 predicted pairs, 1 correct
    var s =
        ClusterEvaluation.score(
            Map.of("a", "1", "b", "1", "c", "1"), Map.of("a", "x", "b", "x", "c", "y"));

    assertThat(s.pairwise().precision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.pairwise().recall()).isEqualTo(1.0);
    // B-cubed precision: a 2/3, b 2/3, c 1/3 -> 5/9
    assertThat(s.bcubed().precision()).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(s.bcubed().recall()).isEqualTo(1.0);
  }

  @Test
  void countsAMissedLinkAgainstRecallOnly() {
    var s =
        ClusterEvaluation.score(
            Map.of("a", "1", "b", "2", "c", "2"), Map.of("a", "x", "b", "x", "c", "x"));

    assertThat(s.pairwise().precision()).isEqualTo(1.0);
    assertThat(s.pairwise().recall()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.bcubed().recall()).isCloseTo(5.0 / 9, within(1e-12));
  }

  @Test
  void evaluatesOnlyRecordsPresentInBothMaps() {
    var s =
        ClusterEvaluation.score(Map.of("a", "1", "b", "1", "z", "1"), Map.of("a", "x", "b", "x"));

    assertThat(s.records()).isEqualTo(2);
    assertThat(s.pairwise().f1()).isEqualTo(1.0);
  }
}
