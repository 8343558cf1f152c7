package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.pipeline.TermCounting;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.RuleSet;

/**
 * Agreement on an e-mail, phone, document, account, wallet or address weighs by how many people
 * hold the value.
 */
class ValueRarityTest {
  private static final RuleSet RULES = DefaultRules.RULES;
  private static final double LOG2 = Math.log(2);
  private static final int EMAIL = DefaultRules.comparison("email");
  private static final int SAME = 1;
  private static final int DIFFERENT = 2;

  private static TermFrequencies frequencies(Map<String, Long> counts, long records) {
    return new TermFrequencies(RULES, DefaultRules.model(), counts, records);
  }

  private static double emailWeight(TermFrequencies tf, String value) {
    return tf.weight(EMAIL, SAME, value, Math.log(0.5 / 0.001) / LOG2);
  }

  @Test
  void aValueTwoPeopleHoldWeighsNoMoreThanTheModelLearned() {
    // A family's mailbox: its other holder is a relative, not a random draw among 10,000 records.
    TermFrequencies tf =
        frequencies(
            Map.of(TermFrequencies.key(PersonField.EMAIL, "family@mail.example"), 2L), 10_000);

    assertThat(emailWeight(tf, "family@mail.example"))
        .isCloseTo(Math.log(0.5 / 0.001) / LOG2, within(1e-9));
  }

  @Test
  void aValueTwoPeopleHoldInASmallInputWeighsByItsOtherHolder() {
    TermFrequencies tf =
        frequencies(Map.of(TermFrequencies.key(PersonField.EMAIL, "family@mail.example"), 2L), 100);

    // log2(0.5 x 100 / 1) is below the model's log2(0.5 / 0.001)
    assertThat(emailWeight(tf, "family@mail.example"))
        .isCloseTo(Math.log(0.5 * 100) / LOG2, within(1e-9));
  }

  @Test
  void aValueOnePersonHoldsWeighsMoreThanOneTwoPeopleHold() {
    Map<String, Long> counts = new HashMap<>();
    counts.put(TermFrequencies.key(PersonField.EMAIL, "family@mail.example"), 2L);
    counts.put(TermCounts.distinctValuesKey(PersonField.EMAIL), 1_000L);
    TermFrequencies tf = frequencies(counts, 10_000);

    double unique = emailWeight(tf, "anna.k@mail.example");
    double shared = emailWeight(tf, "family@mail.example");

    // one value in 1,000 is shared, by one other person: (1 + 1) / (1,000 + 1) others expected
    assertThat(tf.counts().unseenSharing(EMAIL)).isCloseTo(2.0 / 1001, within(1e-12));
    assertThat(unique).isCloseTo(Math.log(0.5 * 10_000 / (2.0 / 1001)) / LOG2, within(1e-9));
    assertThat(unique).isGreaterThan(shared + 3);
  }

  @Test
  void aUniqueValueKeepsItsForceAgainstThePriorWhateverTheSizeOfTheInput() {
    // The prior of a random pair falls as 1 / records: a unique value must gain as much.
    TermFrequencies small = frequencies(Map.of(), 5_000);
    TermFrequencies large = frequencies(Map.of(), 1_000_000);

    double gained = emailWeight(large, "x@mail.example") - emailWeight(small, "x@mail.example");

    assertThat(gained).isCloseTo(Math.log(1_000_000.0 / 5_000) / LOG2, within(1e-9));
  }

  @Test
  void aValueBeyondTheSharedLimitStillWeighsNothing() {
    TermFrequencies tf =
        frequencies(
            Map.of(TermFrequencies.key(PersonField.EMAIL, "info@shop.example"), 9L), 10_000);

    assertThat(emailWeight(tf, "info@shop.example")).isZero();
    assertThat(tf.note(EMAIL, SAME, 9, 8.97))
        .isEqualTo("shared by at least 9 people (limit 2): agreement weighs nothing");
  }

  @Test
  void disagreementKeepsTheModelsWeight() {
    TermFrequencies tf = frequencies(Map.of(), 10_000);

    assertThat(tf.weight(EMAIL, DIFFERENT, "anna.k@mail.example", -4.2)).isEqualTo(-4.2);
  }

  @Test
  void theNoteSaysHowRareTheValueIs() {
    TermFrequencies tf =
        frequencies(
            Map.of(TermFrequencies.key(PersonField.EMAIL, "family@mail.example"), 2L), 10_000);

    assertThat(tf.note(EMAIL, SAME, 2, 8.97)).isEqualTo("held by 2 people among 10000 records");
    assertThat(tf.note(EMAIL, SAME, 0, 8.97)).isEqualTo("held by 1 person among 10000 records");
    assertThat(tf.note(EMAIL, DIFFERENT, 0, -3.0)).isNull();
  }

  @Test
  void distinctValuesAreCountedPerFieldAndAddUpAcrossParts() {
    TermCounting.DistinctValues part1 = new TermCounting.DistinctValues();
    part1.add(TermFrequencies.key(PersonField.EMAIL, "a@mail.example"));
    part1.add(TermFrequencies.key(PersonField.EMAIL, "b@mail.example"));
    part1.add(TermFrequencies.key(PersonField.FAMILY_NAME, "smith"));
    TermCounting.DistinctValues part2 = new TermCounting.DistinctValues();
    part2.add(TermFrequencies.key(PersonField.PHONE, "+447700900123"));

    Map<String, Long> sum = new HashMap<>(part1.counts());
    part2.counts().forEach((k, n) -> sum.merge(k, n, Long::sum));

    assertThat(sum)
        .containsOnly(
            Map.entry(TermCounts.distinctValuesKey(PersonField.EMAIL), 2L),
            Map.entry(TermCounts.distinctValuesKey(PersonField.PHONE), 1L));
  }

  @Test
  void countingRecordsGivesEachSharedFieldItsDistinctValues() {
    MatchView anna = MatchViews.withEmail("Anna", "Kowalska", 1984, "anna.k@mail.example");
    MatchView annaAgain = MatchViews.withEmail("Anna", "Kowalska", 1984, "anna.k@mail.example");
    MatchView piotr = MatchViews.withEmail("Piotr", "Nowak", 1979, "p.nowak@mail.example");

    Map<String, Long> counts = new TermCounting(RULES).count(List.of(anna, annaAgain, piotr));

    assertThat(counts).containsEntry(TermCounts.distinctValuesKey(PersonField.EMAIL), 2L);
    // one person's two records are one holder: the value is not shared
    assertThat(counts)
        .doesNotContainKey(TermFrequencies.key(PersonField.EMAIL, "anna.k@mail.example"));
  }
}
