package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.core.compare.Records.record;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.KeyFunction;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.NameType;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;

/**
 * A name given as one word in one part ("gee" as the only given name) may be either part: sources
 * put a lone family name in the forename column and the reverse. The word is read in the other part
 * too, for one part only, and keys both ways.
 */
class LoneNameWordTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final int GIVEN = RULES.comparisonIndex("given_name");
  private static final int FAMILY = RULES.comparisonIndex("family_name");

  private static PersonRecord person(String given, String family) {
    String full = given == null ? family : family == null ? given : given + " " + family;
    return record(full)
        .name(new PersonName(NameType.PRIMARY, full, "Latn", full, given, family, null, null))
        .birthDate(PartialDate.of(1857, 1, 1))
        .build();
  }

  private static String[] levels(PersonRecord a, PersonRecord b) {
    ComparisonVector v = COMPARER.compare(MatchView.of(a), MatchView.of(b));
    return new String[] {label(GIVEN, v), label(FAMILY, v)};
  }

  private static String label(int comparison, ComparisonVector v) {
    return RULES.comparisons().get(comparison).levels().get(v.level(comparison)).label();
  }

  @Test
  void aLoneGivenWordMeetsTheOtherRecordsFamilyName() {
    assertThat(levels(person("gee", null), person("henry", "gee")))
        .containsExactly("missing", "exact");
    assertThat(levels(person("henry", "gee"), person("gee", null)))
        .containsExactly("missing", "exact");
  }

  @Test
  void aLoneFamilyWordMeetsTheOtherRecordsGivenName() {
    assertThat(levels(person(null, "henry"), person("henry", "gee")))
        .containsExactly("exact", "missing");
  }

  @Test
  void aLoneWordInItsOwnPartStaysThere() {
    assertThat(levels(person("henry", null), person("henry", "gee")))
        .containsExactly("exact", "missing");
    assertThat(levels(person(null, "gee"), person("henry", "gee")))
        .containsExactly("missing", "exact");
  }

  @Test
  void twoLoneWordsInDifferentPartsMeet() {
    assertThat(levels(person("gee", null), person(null, "gee")))
        .containsExactlyInAnyOrder("missing", "exact");
  }

  @Test
  void aLoneWordThatMeetsNeitherPartCountsOnceAgainst() {
    String[] levels = levels(person("watts", null), person("henry", "gee"));
    assertThat(levels).containsOnlyOnce("different").contains("missing");
  }

  @Test
  void aLoneWordThatAgreesInItsOwnPartIsNotReadAgainstTheOther() {
    assertThat(levels(person(null, "muir"), person("jane", "muir")))
        .containsExactly("missing", "exact");
  }

  @Test
  void twoWordsInOnePartAreNotLone() {
    assertThat(levels(person("henry gee", null), person("tom", "gee"))[1]).isEqualTo("missing");
  }

  @Test
  void aLoneWordKeysAsAFamilyNameToo() {
    BlockingRule rule =
        new BlockingRule(
            new BlockingRuleSpec("r", "test", KeyFunction.FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR));
    assertThat(rule.keys(MatchView.of(person("gee", null))))
        .containsAnyElementsOf(rule.keys(MatchView.of(person("henry", "gee"))));
  }
}
