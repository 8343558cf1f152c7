package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.LevelPattern;

class ConfidentPairsMTest {
  // Comparisons: 0 name (exact, different), 1 dob (exact, different), 2 sex (same, conflict).
  private static final double[][] M = {{0, 0.9, 0.1}, {0, 0.9, 0.1}, {0, 0.998, 0.002}};
  private static final double[][] U = {{0, 0.001, 0.999}, {0, 0.001, 0.999}, {0, 0.5, 0.5}};

  private static final ModelParameters MODEL = model();
  private static final double LEARNED_PAIRS = 100;

  private static ModelParameters model() {
    return new ModelParameters(
        "t",
        "sha",
        0.01,
        List.of(level("name", M[0], U[0]), level("dob", M[1], U[1]), level("sex", M[2], U[2])));
  }

  private static ModelParameters.ComparisonParameters level(String id, double[] m, double[] u) {
    return new ModelParameters.ComparisonParameters(
        id,
        id,
        List.of(
            new ModelParameters.LevelParameters(1, "a", m[1], u[1]),
            new ModelParameters.LevelParameters(2, "b", m[2], u[2])));
  }

  /** The sex conflict level measured from the rule file's m, 0.002. */
  private static ConfidentPairsM.Estimate fromRuleFile(Map<LevelPattern, Long> patterns) {
    return ConfidentPairsM.estimate(
        patterns, MODEL, new MatchScorer(MODEL), 2, 2, 0.002, 1, 0.002, 0.9);
  }

  private static ConfidentPairsM.Estimate fromLearned(
      Map<LevelPattern, Long> patterns, double learned) {
    return ConfidentPairsM.estimate(
        patterns, MODEL, new MatchScorer(MODEL), 2, 2, learned, LEARNED_PAIRS, 0, 0.9);
  }

  @Test
  void measuresTheLevelOnPairsThatLinkWhateverTheComparisonSays() {
    Map<LevelPattern, Long> patterns =
        Map.of(
            LevelPattern.of(1, 1, 1),
                90L, // name and birth date agree: linked whatever the sex says
            LevelPattern.of(1, 1, 2), 10L,
            LevelPattern.of(1, 2, 2), 500L, // namesakes born apart: not confident, left out
            LevelPattern.of(1, 1, 0), 40L); // sex not compared: left out
    ConfidentPairsM.Estimate e = fromRuleFile(patterns);
    assertThat(e.confidentPairs()).isEqualTo(100);
    assertThat(e.atLevel()).isEqualTo(10);
    assertThat(e.m()).isCloseTo((10 + 0.002) / 101, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void neverGoesBelowTheRuleFilesM() {
    Map<LevelPattern, Long> clean = Map.of(LevelPattern.of(1, 1, 1), 1000L);
    assertThat(fromRuleFile(clean).m()).isEqualTo(0.002);
  }

  @Test
  void withoutConfidentPairsKeepsTheRuleFilesM() {
    Map<LevelPattern, Long> none =
        Map.of(LevelPattern.of(1, 2, 2), 1000L, LevelPattern.of(2, 1, 2), 1000L);
    ConfidentPairsM.Estimate e = fromRuleFile(none);
    assertThat(e.confidentPairs()).isZero();
    assertThat(e.m()).isEqualTo(0.002);
  }

  @Test
  void aLearnedMIsReplacedByManyConfidentPairsAndMovedLittleByFew() {
    Map<LevelPattern, Long> many =
        Map.of(LevelPattern.of(1, 1, 1), 9_900L, LevelPattern.of(1, 1, 2), 100L);
    Map<LevelPattern, Long> few = Map.of(LevelPattern.of(1, 1, 1), 10L);
    double learned = 0.2;
    double fromMany = fromLearned(many, learned).m();
    double fromFew = fromLearned(few, learned).m();

    assertThat(fromMany).isCloseTo((100 + 0.2 * 100) / 10_100, Offset.offset(1e-12));
    assertThat(fromFew).isCloseTo(0.2 * 100 / 110, Offset.offset(1e-12));
  }
}
