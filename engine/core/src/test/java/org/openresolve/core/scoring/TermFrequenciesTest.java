package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.RuleSet;

class TermFrequenciesTest {
  private static final RuleSet RULES = DefaultRules.RULES;

  private static int comparison(String id) {
    return DefaultRules.comparison(id);
  }

  private static ModelParameters model() {
    return DefaultRules.model();
  }

  @Test
  void agreementOnACommonFamilyNameWeighsLessThanTheModelsAverage() {
    TermFrequencies tf =
        new TermFrequencies(
            RULES,
            model(),
            Map.of(TermFrequencies.key(PersonField.FAMILY_NAME, "smith"), 500L),
            10_000);
    int family = comparison("family_name");
    double average = Math.log(0.5 / 0.001) / Math.log(2);

    double smith = tf.weight(family, 1, "smith", average);

    // tf(smith) = 0.05: log2(0.5 / 0.05) = log2(10)
    assertThat(smith).isCloseTo(Math.log(10) / Math.log(2), within(1e-9));
    assertThat(smith).isLessThan(average);
  }

  @Test
  void neverRaisesARareNamesWeightAboveTheModelsAverage() {
    TermFrequencies tf =
        new TermFrequencies(
            RULES,
            model(),
            Map.of(TermFrequencies.key(PersonField.FAMILY_NAME, "zyx"), 1L),
            10_000);
    int family = comparison("family_name");

    assertThat(tf.weight(family, 1, "zyx", 8.97)).isEqualTo(8.97);
  }

  @Test
  void leavesOtherLevelsAndComparisonsAlone() {
    TermFrequencies tf =
        new TermFrequencies(
            RULES,
            model(),
            Map.of(TermFrequencies.key(PersonField.FAMILY_NAME, "smith"), 500L),
            10_000);

    assertThat(tf.weight(comparison("family_name"), 2, "smith", 5.0)).isEqualTo(5.0);
    assertThat(tf.weight(comparison("birth_date"), 1, "1970-01-01", 7.0)).isEqualTo(7.0);
  }

  /**
   * Levels of a pair that agrees exactly on given and family name and is missing everything else.
   */
  private static int[] namesExact() {
    int[] levels = new int[RULES.comparisons().size()];
    levels[comparison("given_name")] = 1;
    levels[comparison("family_name")] = 1;
    return levels;
  }

  private static java.util.List<String> values(String given, String family) {
    String[] v = new String[RULES.comparisons().size()];
    v[comparison("given_name")] = given;
    v[comparison("family_name")] = family;
    return java.util.Arrays.asList(v);
  }

  @Test
  void aFullNameManyPeopleHoldWeighsLessThanItsTwoNamesAddedUp() {
    // "linh" and "nguyen" are each as rare as the model assumes, but 40 people are called Linh
    // Nguyen.
    Map<String, Long> counts =
        Map.of(
            TermFrequencies.key(PersonField.GIVEN_NAME, "linh"), 2L,
            TermFrequencies.key(PersonField.FAMILY_NAME, "nguyen"), 2L,
            TermFrequencies.fullNameKey("linh", "nguyen"), 40L);
    TermFrequencies tf = new TermFrequencies(RULES, model(), counts, 10_000);
    MatchScorer scorer = new MatchScorer(model());
    org.openresolve.core.compare.LevelPattern p =
        org.openresolve.core.compare.LevelPattern.of(namesExact());

    PairScore plain = scorer.score(p);
    PairScore adjusted = scorer.score(p, values("linh", "nguyen"), tf);

    double names =
        adjusted.partialWeights().get(comparison("given_name"))
            + adjusted.partialWeights().get(comparison("family_name"));
    // 39 other people among 10,000 records: log2(0.5 * 0.5 / 0.0039)
    assertThat(names).isCloseTo(Math.log(0.25 / 0.0039) / Math.log(2), within(1e-9));
    assertThat(adjusted.matchWeight()).isLessThan(plain.matchWeight());
    byte[] lean = new byte[namesExact().length];
    for (int c = 0; c < lean.length; c++) {
      lean[c] = (byte) namesExact()[c];
    }
    assertThat(
            scorer.matchWeight(
                lean, tf.counts().countsOf(namesExact(), values("linh", "nguyen")), tf))
        .isEqualTo(adjusted.matchWeight());
  }

  @Test
  void aFullNameOnlyOnePersonHoldsKeepsItsWeight() {
    Map<String, Long> counts =
        Map.of(
            TermFrequencies.key(PersonField.GIVEN_NAME, "aleksandr"), 3L,
            TermFrequencies.key(PersonField.FAMILY_NAME, "ivanov"), 3L);
    TermFrequencies tf = new TermFrequencies(RULES, model(), counts, 10_000);
    MatchScorer scorer = new MatchScorer(model());
    org.openresolve.core.compare.LevelPattern p =
        org.openresolve.core.compare.LevelPattern.of(namesExact());

    assertThat(scorer.score(p, values("aleksandr", "ivanov"), tf).matchWeight())
        .isEqualTo(scorer.score(p).matchWeight());
  }

  @Test
  void aFullNameCountsItsPeopleByBirthYearAndAValueItsRecords() {
    org.openresolve.core.compare.MatchView v =
        org.openresolve.core.compare.MatchView.of(
            org.openresolve.model.PersonRecord.builder(
                    new org.openresolve.model.RecordKey(
                        "s", org.openresolve.model.SourceKind.CSV, "1", "0"))
                .name(
                    new org.openresolve.model.PersonName(
                        org.openresolve.model.NameType.PRIMARY,
                        "linh nguyen",
                        "Latn",
                        "linh nguyen",
                        "linh",
                        "nguyen",
                        null,
                        null))
                .birthDate(org.openresolve.model.PartialDate.of(1986, 7, 5))
                .build());

    assertThat(TermFrequencies.observationsOf(v, true))
        .containsExactlyInAnyOrder(
            new TermFrequencies.Observation(
                TermFrequencies.key(PersonField.GIVEN_NAME, "linh"), null),
            new TermFrequencies.Observation(
                TermFrequencies.key(PersonField.FAMILY_NAME, "nguyen"), null),
            new TermFrequencies.Observation(TermFrequencies.fullNameKey("linh", "nguyen"), 1986));
    assertThat(TermFrequencies.observationsOf(v, false)).hasSize(2);
    assertThat(TermFrequencies.countOf(TermFrequencies.fullNameKey("linh", "nguyen"), 40, 15))
        .isEqualTo(15);
    assertThat(TermFrequencies.countOf(TermFrequencies.key(PersonField.GIVEN_NAME, "linh"), 40, 15))
        .isEqualTo(40);
  }

  @Test
  void aTallyCountsAFullNamesDistinctBirthYearsAndANamesRecords() {
    TermFrequencies.Tally fullName =
        new TermFrequencies.Tally(TermFrequencies.fullNameKey("linh", "nguyen"));
    fullName.add(1986, null).add(1986, null).add(1990, null);
    TermFrequencies.Tally given =
        new TermFrequencies.Tally(TermFrequencies.key(PersonField.GIVEN_NAME, "linh"));
    given.add(null, null).add(null, null).add(null, null);

    assertThat(fullName.count()).isEqualTo(2);
    assertThat(given.count()).isEqualTo(3);
  }
}
