package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.core.compare.Records.name;
import static org.openresolve.core.compare.Records.record;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.NameType;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;

/**
 * Given and family names of a pair come from one name of each record, not from two of its aliases.
 */
class NameAssemblyTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final int GIVEN = RULES.comparisonIndex("given_name");
  private static final int FAMILY = RULES.comparisonIndex("family_name");

  private static PersonName alias(String given, String family) {
    String full = given + " " + family;
    return new PersonName(NameType.ALIAS, full, "Latn", full, given, family, null, null);
  }

  private static String label(ComparisonVector v, int c) {
    return RULES.comparisons().get(c).levels().get(v.level(c)).label();
  }

  private static ComparisonVector compare(PersonRecord a, PersonRecord b) {
    return COMPARER.compare(MatchView.of(a), MatchView.of(b));
  }

  @Test
  void aGivenNameOfOneAliasAndAFamilyNameOfAnotherDoNotMakeOneName() {
    PersonRecord anna =
        record("a").name(name("anna", "kowalska")).name(alias("maria", "nowak")).build();
    PersonRecord maria = record("b").name(name("maria", "kowalska")).build();

    ComparisonVector v = compare(anna, maria);

    assertThat(label(v, GIVEN).equals("exact") && label(v, FAMILY).equals("exact")).isFalse();
    assertThat(compare(maria, anna).level(GIVEN)).isEqualTo(v.level(GIVEN));
    assertThat(compare(maria, anna).level(FAMILY)).isEqualTo(v.level(FAMILY));
  }

  @Test
  void theAliasThatMatchesAsAWholeIsTheOneRead() {
    PersonRecord a =
        record("a").name(name("anna", "kowalska")).name(alias("maria", "nowak")).build();
    PersonRecord b = record("b").name(name("maria", "nowak")).build();

    ComparisonVector v = compare(a, b);

    assertThat(label(v, GIVEN)).isEqualTo("exact");
    assertThat(label(v, FAMILY)).isEqualTo("exact");
    assertThat(v.left(GIVEN)).isEqualTo("maria");
    assertThat(v.left(FAMILY)).isEqualTo("nowak");
  }

  @Test
  void theLevelAskedAloneIsTheLevelOfTheWholeComparison() {
    PersonRecord a =
        record("a").name(name("anna", "kowalska")).name(alias("maria", "nowak")).build();
    PersonRecord b = record("b").name(name("maria", "kowalska")).build();
    ComparisonVector v = compare(a, b);

    assertThat(COMPARER.level(GIVEN, MatchView.of(a), MatchView.of(b))).isEqualTo(v.level(GIVEN));
    assertThat(COMPARER.level(FAMILY, MatchView.of(b), MatchView.of(a))).isEqualTo(v.level(FAMILY));
  }

  @Test
  void anExchangedNameAmongAliasesCountsWhenBothHalvesAgree() {
    PersonRecord a = record("a").name(name("wilson", "james")).name(alias("jim", "west")).build();
    PersonRecord b = record("b").name(name("james", "wilson")).build();

    ComparisonVector v = compare(a, b);

    assertThat(label(v, GIVEN)).isEqualTo("exact");
    assertThat(label(v, FAMILY)).isEqualTo("exact");
  }
}
