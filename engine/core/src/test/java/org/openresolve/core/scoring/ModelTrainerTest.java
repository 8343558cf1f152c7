package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.rules.RuleSet;

class ModelTrainerTest {
  private static final String RULES =
      """
      name: two sessions
      description: a phone key and a names-only key
      blocking:
        max_block_size: 100
        rules:
          - {id: phone, label: Same phone, key: PHONE_E164}
          - {id: names, label: Names sound alike, key: GIVEN_AND_FAMILY_NAME_PHONETIC%s}
      comparisons:
        - id: family
          label: Family name
          field: FAMILY_NAME
          levels:
            - {label: missing, when: MISSING}
            - {label: exact, when: EXACT}
            - {label: different, when: ELSE}
        - id: dob
          label: Birth date
          field: BIRTH_DATE
          levels:
            - {label: missing, when: MISSING}
            - {label: exact, when: EXACT}
            - {label: different, when: ELSE}
      model:
        random_pairs: 100000
        em_max_iterations: 100
        em_tolerance: 0.000001
        probability_two_random_records_match: estimate
      thresholds:
        match_probability: 0.9
        review_probability: 0.5
      """;

  /** 10,000 random pairs: the names agree for 90 of them, the birth dates for 10. */
  private static final Map<LevelPattern, Long> RANDOM_PAIRS =
      Map.of(LevelPattern.of(2, 2), 9_900L, LevelPattern.of(1, 2), 90L, LevelPattern.of(2, 1), 10L);

  @TempDir Path dir;

  @Test
  void aRuleThatDoesNotTrainTheModelTeachesNoMProbabilities() throws IOException {
    // Phone pairs: matches agree on the birth date. Name pairs: namesakes, born on other days.
    Map<LevelPattern, Long> random = RANDOM_PAIRS;
    Map<LevelPattern, Long> phone =
        Map.of(LevelPattern.of(1, 1), 800L, LevelPattern.of(2, 2), 200L);
    Map<LevelPattern, Long> names =
        Map.of(LevelPattern.of(1, 2), 50_000L, LevelPattern.of(1, 1), 800L);
    Map<String, Map<LevelPattern, Long>> byRule = Map.of("phone", phone, "names", names);
    Map<LevelPattern, Long> candidates = new java.util.HashMap<>(names);
    phone.forEach((p, n) -> candidates.merge(p, n, Long::sum));

    ModelParameters trainedOnBoth =
        ModelTrainer.train(rules(""), random, byRule, candidates, 1_000_000L);
    ModelParameters phoneOnly =
        ModelTrainer.train(rules(", trains_model: false"), random, byRule, candidates, 1_000_000L);
    ModelParameters withoutNames =
        ModelTrainer.train(rules(""), random, Map.of("phone", phone), candidates, 1_000_000L);

    int dob = 1;
    int exact = 1;
    assertThat(phoneOnly.m()[dob][exact])
        .isEqualTo(withoutNames.m()[dob][exact])
        .isGreaterThan(0.9);
    assertThat(trainedOnBoth.m()[dob][exact]).isNotEqualTo(phoneOnly.m()[dob][exact]);
  }

  @Test
  void anMThatEmLearnsAboveItsBoundIsTheBound() throws IOException {
    // Namesakes born on one day with different family names outnumber the matches among the
    // candidate pairs, and EM takes them for matches.
    Map<LevelPattern, Long> random = RANDOM_PAIRS;
    Map<LevelPattern, Long> names =
        Map.of(LevelPattern.of(2, 1), 5_000L, LevelPattern.of(1, 1), 800L);
    Map<String, Map<LevelPattern, Long>> byRule = Map.of("phone", names);
    int family = 0;
    int different = 2;

    ModelParameters free = ModelTrainer.train(rules(""), random, byRule, names, 1_000_000L);
    ModelParameters bounded =
        ModelTrainer.train(
            rules("", "  overrides:\n    - {comparison: family, level: different, m_max: 0.1}\n"),
            random,
            byRule,
            names,
            1_000_000L);

    assertThat(free.m()[family][different]).isGreaterThan(0.5);
    assertThat(bounded.m()[family][different]).isCloseTo(0.1, within(1e-12));
    assertThat(bounded.m()[family][1] + bounded.m()[family][different])
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  void anMThatEmLearnsWithinItsBoundStaysAsLearned() throws IOException {
    Map<LevelPattern, Long> random = RANDOM_PAIRS;
    Map<LevelPattern, Long> phone =
        Map.of(
            LevelPattern.of(1, 1), 800L, LevelPattern.of(2, 2), 200L, LevelPattern.of(2, 1), 40L);
    Map<String, Map<LevelPattern, Long>> byRule = Map.of("phone", phone);

    ModelParameters free = ModelTrainer.train(rules(""), random, byRule, phone, 1_000_000L);
    ModelParameters bounded =
        ModelTrainer.train(
            rules("", "  overrides:\n    - {comparison: family, level: different, m_max: 0.9}\n"),
            random,
            byRule,
            phone,
            1_000_000L);

    assertThat(bounded.m()[0][2]).isEqualTo(free.m()[0][2]).isLessThan(0.9);
  }

  private RuleSet rules(String namesOption) throws IOException {
    return rules(namesOption, "");
  }

  private RuleSet rules(String namesOption, String overrides) throws IOException {
    Path file = dir.resolve("ruleset.yaml");
    Files.writeString(
        file,
        RULES
            .formatted(namesOption)
            .replace(
                "probability_two_random_records_match: estimate\n",
                "probability_two_random_records_match: estimate\n" + overrides));
    return RuleSet.load(file);
  }
}
