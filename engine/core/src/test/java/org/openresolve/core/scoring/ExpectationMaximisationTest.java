package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.LevelPattern;

class ExpectationMaximisationTest {
  // Three comparisons, levels: 0 missing, 1 exact, 2 similar, 3 else.
  private static final double[][] M = {
    {0, 0.8, 0.15, 0.05}, {0, 0.7, 0.2, 0.1}, {0, 0.9, 0.05, 0.05}
  };
  private static final double[][] U = {
    {0, 0.01, 0.04, 0.95}, {0, 0.05, 0.15, 0.8}, {0, 0.001, 0.009, 0.99}
  };
  private static final double LAMBDA = 0.2;

  /**
   * Expected counts of every pattern under the known model, with a tenth of comparison 2 missing.
   */
  private static Map<LevelPattern, Long> patterns(long pairs) {
    Map<LevelPattern, Long> counts = new HashMap<>();
    for (int a = 1; a <= 3; a++) {
      for (int b = 1; b <= 3; b++) {
        for (int c = 0; c <= 3; c++) {
          double present = c == 0 ? 0.1 : 0.9;
          double match = c == 0 ? 1 : M[2][c];
          double nonMatch = c == 0 ? 1 : U[2][c];
          double p =
              present
                  * (LAMBDA * M[0][a] * M[1][b] * match
                      + (1 - LAMBDA) * U[0][a] * U[1][b] * nonMatch);
          counts.put(LevelPattern.of(a, b, c), Math.round(p * pairs));
        }
      }
    }
    return counts;
  }

  @Test
  void recoversKnownMAndShareOfMatchesWithUFixed() {
    ExpectationMaximisation.Result r =
        new ExpectationMaximisation(200, 1e-7)
            .run(
                patterns(10_000_000),
                U,
                Probabilities.startingM(new int[] {4, 4, 4}),
                0.5,
                null,
                false);

    assertThat(r.converged()).isTrue();
    assertThat(r.lambda()).isCloseTo(LAMBDA, within(0.005));
    for (int c = 0; c < 3; c++) {
      for (int l = 1; l <= 3; l++) {
        assertThat(r.m()[c][l]).as("m[%d][%d]", c, l).isCloseTo(M[c][l], within(0.01));
      }
    }
  }

  @Test
  void fixedMIsKeptAndTheOtherLevelsShareTheRest() {
    boolean[][] fixed = {{false, true, false, false}, new boolean[4], new boolean[4]};
    double[][] start = Probabilities.startingM(new int[] {4, 4, 4});
    start[0][1] = 0.5;

    ExpectationMaximisation.Result r =
        new ExpectationMaximisation(200, 1e-7)
            .run(patterns(1_000_000), U, start, 0.5, fixed, false);

    assertThat(r.m()[0][1]).isEqualTo(0.5);
    assertThat(r.m()[0][1] + r.m()[0][2] + r.m()[0][3]).isCloseTo(1, within(1e-9));
  }

  @Test
  void levelNeverSeenGetsTheFloorNotZero() {
    Map<LevelPattern, Long> counts =
        new HashMap<>(Map.of(LevelPattern.of(1, 1, 1), 100L, LevelPattern.of(3, 3, 3), 900L));

    ExpectationMaximisation.Result r =
        new ExpectationMaximisation(100, 1e-6)
            .run(counts, U, Probabilities.startingM(new int[] {4, 4, 4}), 0.5, null, false);

    assertThat(r.m()[0][2]).isGreaterThan(Probabilities.FLOOR / 2);
  }

  @Test
  void resultDoesNotDependOnMapOrder() {
    Map<LevelPattern, Long> a = patterns(1_000_000);
    Map<LevelPattern, Long> b = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    b.putAll(a);
    ExpectationMaximisation em = new ExpectationMaximisation(50, 1e-9);
    double[][] start = Probabilities.startingM(new int[] {4, 4, 4});

    assertThat(em.run(a, U, start, 0.5, null, false).m())
        .isDeepEqualTo(em.run(b, U, start, 0.5, null, false).m());
  }
}
