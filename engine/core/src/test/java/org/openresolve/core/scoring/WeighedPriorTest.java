package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.pipeline.CandidatePair;
import org.openresolve.core.pipeline.WeighedPrior;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.RuleSet;

/** The prior counts the candidate pairs as the decisions weigh them, term frequencies included. */
class WeighedPriorTest {
  private static final RuleSet RULES = DefaultRules.RULES;
  private static final long RECORDS = 10_000;
  private static final int GIVEN = RULES.comparisonIndex("given_name");
  private static final int FAMILY = RULES.comparisonIndex("family_name");

  private static ModelParameters model() {
    return DefaultRules.model();
  }

  /** Term frequencies of {@link #RECORDS} records, {@code count} of which hold each name. */
  private static TermFrequencies holding(String given, String family, long count) {
    return new TermFrequencies(
        RULES,
        model(),
        Map.of(
            TermFrequencies.key(PersonField.GIVEN_NAME, given), count,
            TermFrequencies.key(PersonField.FAMILY_NAME, family), count),
        RECORDS);
  }

  /** Pairs that agree exactly on a given and a family name and compare nothing else. */
  private static List<CandidatePair> namesakes(
      int pairs, String given, String family, TermFrequencies tf) {
    int n = RULES.comparisons().size();
    int[] levels = new int[n];
    levels[GIVEN] = 1;
    levels[FAMILY] = 1;
    String[] values = new String[n];
    values[GIVEN] = given;
    values[FAMILY] = family;
    byte[] bytes = new byte[n];
    bytes[GIVEN] = 1;
    bytes[FAMILY] = 1;
    long[] counts = tf == null ? null : tf.counts().countsOf(levels, Arrays.asList(values));
    List<CandidatePair> out = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      out.add(new CandidatePair(2L * i, 2L * i + 1, 1, bytes, counts, false, false));
    }
    return out;
  }

  private static double prior(
      List<CandidatePair> pairs, ModelParameters model, TermFrequencies tf) {
    PairFactors factors = WeighedPrior.count(pairs.iterator(), RULES, model, tf);
    return factors.reestimated(model, WeighedPrior.possiblePairs(RECORDS)).prior();
  }

  @Test
  void namesakesOfACommonNameCountLessThanTheirLevelsWeighOnAverage() {
    ModelParameters model = model();
    TermFrequencies tf = holding("john", "smith", 500);

    double byLevels = prior(namesakes(1_000, "john", "smith", null), model, null);
    double asDecided = prior(namesakes(1_000, "john", "smith", tf), model, tf);

    assertThat(asDecided).isLessThan(byLevels / 10);
  }

  @Test
  void rareNamesCountAsTheirLevelsWeigh() {
    ModelParameters model = model();
    TermFrequencies tf = holding("zorabel", "quillfeather", 2);

    double byLevels = prior(namesakes(1_000, "zorabel", "quillfeather", null), model, null);
    double asDecided = prior(namesakes(1_000, "zorabel", "quillfeather", tf), model, tf);

    assertThat(asDecided).isEqualTo(byLevels);
  }

  @Test
  void aPriorTheRuleFileFixesOrNoTermFrequenciesLeaveTrainingsEstimate(@TempDir Path dir)
      throws IOException {
    Path defaults = Path.of("..", "..", "rules", "default");
    try (Stream<Path> files = Files.list(defaults)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path ruleFile = dir.resolve("ruleset.yaml");
    Files.writeString(
        ruleFile,
        Files.readString(ruleFile)
            .replace(
                "probability_two_random_records_match: estimate",
                "probability_two_random_records_match: 0.0001"));
    TermFrequencies tf = new TermFrequencies(RULES, model(), Map.of(), RECORDS);

    assertThat(PairFactors.apply(RULES, tf.counts())).isTrue();
    assertThat(PairFactors.apply(RULES, null)).isFalse();
    assertThat(PairFactors.apply(RuleSet.load(ruleFile), tf.counts())).isFalse();
  }
}
