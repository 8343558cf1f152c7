package org.openresolve.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openresolve.core.scoring.DefaultRules.RULES;
import static org.openresolve.core.scoring.DefaultRules.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.PersonField;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.Phone;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;

/**
 * Values many people share: counted as people from the data, and agreeing on them weighs nothing.
 */
class SharedValuesTest {
  private static final String BURNER = "+447700900123";
  private static final double SAME = Math.log(0.5 / 0.001) / Math.log(2);

  private static long sig(char given, char family, int year) {
    return new HolderSignature(given, family, year).encode();
  }

  private static MatchView record(
      String id, String given, String family, PartialDate born, String phone) {
    String full = given + " " + family;
    PersonRecord.Builder b =
        PersonRecord.builder(new RecordKey("s", SourceKind.CSV, id, "0"))
            .name(new PersonName(NameType.PRIMARY, full, "Latn", full, given, family, null, null))
            .phone(new Phone(phone, phone));
    if (born != null) {
      b.birthDate(born);
    }
    return MatchView.of(b.build());
  }

  /** Levels of a pair that shares the phone and nothing else. */
  private static int[] phoneOnly() {
    int[] levels = new int[RULES.comparisons().size()];
    levels[comparison("phone")] = 1;
    return levels;
  }

  private static List<String> phoneValue(String phone) {
    String[] v = new String[RULES.comparisons().size()];
    v[comparison("phone")] = phone;
    return Arrays.asList(v);
  }

  private static PairScore scorePhoneOnly(Map<String, Long> counts) {
    TermFrequencies tf = new TermFrequencies(RULES, DefaultRules.model(), counts, 1_000);
    return new MatchScorer(DefaultRules.model(), RULES)
        .score(LevelPattern.of(phoneOnly()), phoneValue(BURNER), tf);
  }

  @Test
  void countsSevenUnrelatedHoldersAsSevenPeople() {
    List<Long> holders =
        List.of(
            sig('a', 'k', 1980),
            sig('m', 'a', 1991),
            sig('j', 's', 1975),
            sig('s', 'n', 1988),
            sig('a', 'k', 1962),
            sig('o', 'p', 0),
            sig('k', 't', 2001));

    assertThat(SharedValues.people(holders)).isEqualTo(7);
  }

  @Test
  void countsOnePersonsMisspeltRecordsAsOnePerson() {
    // Nathalie, Nath and N. Robert born 2008, "ROBERT, Nathalie" read with its parts swapped,
    // Natasha for Nathalie, a record without a date, one without a name, one a year off.
    List<Long> holders =
        List.of(
            sig('n', 'r', 2008),
            sig('r', 'n', 2008),
            sig('n', 'r', 0),
            sig((char) 0, (char) 0, 2008),
            sig('n', 'r', 2009),
            sig('t', 'r', 2008));

    assertThat(SharedValues.people(holders)).isEqualTo(1);
  }

  @Test
  void countsAFatherAndHisNamesakeSonAsTwoAndTwinsAsOne() {
    assertThat(SharedValues.people(List.of(sig('r', 'k', 1961), sig('r', 'k', 1988)))).isEqualTo(2);
    // Twins share a family name and a year: nothing here tells them apart, so they count once.
    assertThat(SharedValues.people(List.of(sig('o', 'b', 1990), sig('e', 'b', 1990)))).isEqualTo(1);
  }

  @Test
  void theCountDoesNotDependOnTheOrderOfTheHolders() {
    List<Long> holders =
        new ArrayList<>(
            List.of(
                sig('a', 'k', 1980),
                sig('a', 'k', 0),
                sig((char) 0, (char) 0, 1990),
                sig('b', 'm', 1990),
                sig('a', 'k', 1990)));
    long forward = SharedValues.people(holders);
    java.util.Collections.reverse(holders);

    assertThat(SharedValues.people(holders)).isEqualTo(forward).isEqualTo(3);
  }

  @Test
  void aRecordAddsEachPhoneWithItsHolderSignature() {
    MatchView v = record("1", "nathalie", "robert", PartialDate.of(2008, 3, 28), BURNER);

    List<TermFrequencies.Observation> observations =
        TermFrequencies.observationsOf(v, false, List.of(PersonField.PHONE));

    assertThat(observations)
        .contains(
            new TermFrequencies.Observation(
                TermFrequencies.key(PersonField.PHONE, BURNER), null, sig('n', 'r', 2008)));
    assertThat(
            TermFrequencies.countOf(
                TermFrequencies.key(PersonField.PHONE, BURNER),
                9,
                0,
                List.of(sig('n', 'r', 2008), sig('b', 'k', 1970))))
        .isEqualTo(2);
  }

  @Test
  void downWeightsAPhoneSharedBySevenPeople() {
    PairScore s = scorePhoneOnly(Map.of(TermFrequencies.key(PersonField.PHONE, BURNER), 7L));

    assertThat(s.partialWeights().get(comparison("phone"))).isEqualTo(0.0);
    assertThat(s.notes().get(comparison("phone")))
        .isEqualTo("shared by at least 7 people (limit 3): agreement weighs nothing");
  }

  @Test
  void aPhoneOfOnePersonWeighsByItsRarity() {
    PairScore s = scorePhoneOnly(Map.of());

    // m 0.5; with no distinct-value counts, one other holder is expected: u = 1 / 1,000 records
    assertThat(s.partialWeights().get(comparison("phone")))
        .isCloseTo(Math.log(0.5 * 1_000) / Math.log(2), within(1e-9));
    assertThat(s.notes().get(comparison("phone"))).isEqualTo("held by 1 person among 1000 records");
  }

  @Test
  void aPhoneAsManyPeopleShareAsTheLimitAllowsStillCountsWeighedByItsOtherHolders() {
    PairScore s = scorePhoneOnly(Map.of(TermFrequencies.key(PersonField.PHONE, BURNER), 3L));

    // log2(0.5 x 1,000 / 2 other holders), below the model's log2(0.5 / 0.001)
    assertThat(s.partialWeights().get(comparison("phone")))
        .isCloseTo(Math.log(0.5 * 1_000 / 2) / Math.log(2), within(1e-9));
  }

  @Test
  void disagreementOnAPhoneKeepsItsWeightHoweverSharedTheValues() {
    TermFrequencies tf =
        new TermFrequencies(
            RULES,
            DefaultRules.model(),
            Map.of(TermFrequencies.key(PersonField.PHONE, BURNER), 7L),
            1_000);
    int phone = comparison("phone");
    int different = RULES.levelIndex("phone", "different");

    assertThat(
            tf.weightForCount(phone, different, tf.counts().count(phone, different, BURNER), -2.5))
        .isEqualTo(-2.5);
  }

  @Test
  void eitherRecordsValueMayBeTheSharedOne() {
    // Address "very similar": the right-hand record writes the safe house as five people do.
    MatchView a =
        MatchView.of(
            PersonRecord.builder(new RecordKey("s", SourceKind.CSV, "1", "0"))
                .address(
                    new org.openresolve.model.Address(
                        "12 high street", "12 high street", null, null, "GB"))
                .build());
    MatchView b =
        MatchView.of(
            PersonRecord.builder(new RecordKey("s", SourceKind.CSV, "2", "0"))
                .address(
                    new org.openresolve.model.Address(
                        "12 high streets", "12 high streets", null, null, "GB"))
                .build());
    ComparisonVector v = new PairComparer(RULES).compare(a, b);
    TermCounts counts =
        new TermCounts(
            RULES, Map.of(TermFrequencies.key(PersonField.ADDRESS, "12 high streets"), 5L), 1_000);

    assertThat(v.level(comparison("address")))
        .isEqualTo(RULES.levelIndex("address", "very similar"));
    assertThat(counts.countsOf(v)[comparison("address")]).isEqualTo(5);
  }

  @Test
  void aBurnerPhoneDoesNotLinkTwoStrangersItWouldOtherwiseLink() {
    // Two unrelated men called Mohammed on one burner, born a year apart: neither their given
    // names nor their dates rule them out, so without the limit the phone's full weight counts.
    MatchView ali = record("1", "mohammed", "ali", PartialDate.of(1984, 2, 3), BURNER);
    MatchView hassan = record("2", "mohammed", "hassan", PartialDate.of(1985, 7, 9), BURNER);
    ComparisonVector v = new PairComparer(RULES).compare(ali, hassan);
    MatchScorer scorer = new MatchScorer(DefaultRules.model(), RULES);
    TermFrequencies shared =
        new TermFrequencies(
            RULES,
            DefaultRules.model(),
            Map.of(TermFrequencies.key(PersonField.PHONE, BURNER), 5L),
            1_000);
    TermFrequencies alone = new TermFrequencies(RULES, DefaultRules.model(), Map.of(), 1_000);

    double drop = scorer.score(v, alone).matchWeight() - scorer.score(v, shared).matchWeight();

    assertThat(v.level(comparison("phone"))).isEqualTo(1);
    assertThat(drop).isCloseTo(SAME, within(1e-9));
  }

  @Test
  void summarisesTheSharedValuesPerComparisonWithoutNamingThem() {
    Map<String, Long> counts =
        Map.of(
            TermFrequencies.key(PersonField.PHONE, BURNER), 7L,
            TermFrequencies.key(PersonField.PHONE, "+447700900999"), 2L,
            TermFrequencies.key(PersonField.GIVEN_NAME, "ali"), 40L);

    SharedValueSummary phone =
        SharedValueSummary.of(RULES, counts).stream()
            .filter(x -> x.comparison().equals("phone"))
            .findFirst()
            .orElseThrow();

    assertThat(phone).isEqualTo(new SharedValueSummary("phone", "PHONE", 3, 2, 1, 7));
  }
}
