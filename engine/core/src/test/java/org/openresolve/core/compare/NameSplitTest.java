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

/** The words of a name one source split by guesswork, read with the split another source gave. */
class NameSplitTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final int GIVEN = RULES.comparisonIndex("given_name");
  private static final int FAMILY = RULES.comparisonIndex("family_name");

  private static String label(PersonRecord a, PersonRecord b, int c) {
    int level = COMPARER.compare(MatchView.of(a), MatchView.of(b)).level(c);
    assertThat(COMPARER.compare(MatchView.of(b), MatchView.of(a)).level(c))
        .as("the level in the other order")
        .isEqualTo(level);
    return RULES.comparisons().get(c).levels().get(level).label();
  }

  /** The given-name and family-name labels, "given / family". */
  private static String names(PersonRecord a, PersonRecord b) {
    return label(a, b, GIVEN) + " / " + label(a, b, FAMILY);
  }

  private static PersonRecord one(String id, String given, String family) {
    return record(id).name(name(given, family)).build();
  }

  @Test
  void aNameWrittenFamilyNameFirstIsTheSameName() {
    PersonRecord split = one("a", "thi lan", "tran");
    PersonRecord guessed = one("b", "tran thi", "lan");

    assertThat(names(split, guessed)).isEqualTo("exact / exact");
  }

  @Test
  void aSecondFamilyNameAfterTheFirstIsOneOfTwoFamilyNames() {
    PersonRecord one = one("a", "lucia", "martinez");
    PersonRecord both = one("b", "lucia martinez", "gomez");

    assertThat(names(one, both)).isEqualTo("exact / one of two family names shared");
  }

  @Test
  void theSameWordsSplitElsewhereAreTheSameName() {
    PersonRecord a = one("a", "maria jose", "garcia");
    PersonRecord b = one("b", "maria", "jose garcia");

    assertThat(names(a, b)).isEqualTo("exact / exact");
  }

  @Test
  void wordsThatDoNotLineUpKeepTheirOwnSplit() {
    // "Lan Thi Tran" is neither order of "Thi Lan" and "Tran", nor is "Thi Lan Tran" of "Lan" and
    // "Thi Tran".
    PersonRecord split = one("a", "thi lan", "tran");
    PersonRecord other = one("b", "lan", "thi tran");
    // "Anna Kowalska" against "Anna Maria Nowak": "kowalska" is not among the other's words.
    PersonRecord kowalska = one("c", "anna", "kowalska");

    assertThat(label(split, other, FAMILY)).isNotEqualTo("exact");
    assertThat(label(kowalska, one("d", "anna maria", "nowak"), FAMILY))
        .isEqualTo(label(kowalska, one("e", "anna", "nowak"), FAMILY));
  }

  @Test
  void theSplitReadingGoesWithTheNameItCameFromAmongAliases() {
    PersonRecord a =
        record("a")
            .name(name("lucia", "martinez"))
            .name(
                new PersonName(
                    NameType.ALIAS, "ana ruiz", "Latn", "ana ruiz", "ana", "ruiz", null, null))
            .build();
    PersonRecord b = one("b", "lucia martinez", "gomez");

    assertThat(names(a, b)).isEqualTo("exact / one of two family names shared");
  }
}
