package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.core.compare.Records.name;
import static org.openresolve.core.compare.Records.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.rules.ComparisonLevel;
import org.openresolve.model.Email;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PersonRecord;

class NameInHandleComparatorTest {
  private static final NameInHandleComparator COMPARATOR =
      new NameInHandleComparator(
          List.of(
              new ComparisonLevel.Null(),
              new ComparisonLevel.HandleFullName(),
              new ComparisonLevel.HandleFamilyNameAndInitial(),
              new ComparisonLevel.HandleFamilyName(),
              new ComparisonLevel.Else()));

  private static PersonRecord named(String given, String family) {
    return record("a").name(name(given, family)).build();
  }

  private static PersonRecord handle(String handle) {
    return record("b").account(new OnlineAccount("telegram", handle, handle)).build();
  }

  private static int level(PersonRecord a, PersonRecord b) {
    return COMPARATOR.compare(MatchView.of(a), MatchView.of(b)).level();
  }

  /**
   * Levels: 1 full name, 2 family name and initial, 3 family name, 4 different. Another
   * transliteration of the family name ("zaharov" in "pzakharov") is still the family name.
   */
  @ParameterizedTest
  @CsvSource({
    "sergei, alekseyev, sergeialekseyev99, 1",
    "jan, pavlov, jpavlov, 2",
    "jan, pavlov, pavlovsky_k, 3",
    "jan, pavlov, real_eagle, 4",
    "pavel, zaharov, pzakharov, 2",
    "jewgeni, pawlow, jpavlov, 2"
  })
  void aHandleIsReadForTheNameOfTheOtherRecord(
      String given, String family, String handle, int expected) {
    assertThat(level(named(given, family), handle(handle))).isEqualTo(expected);
  }

  @Test
  void theLocalPartOfAnEmailCountsAsAHandleWhicheverRecordIsNameless() {
    PersonRecord email =
        record("b")
            .email(new Email("mariya.popova74@mail.example", "MARIYA.POPOVA74@MAIL.EXAMPLE"))
            .build();

    assertThat(level(named("mariya", "popova"), email)).isEqualTo(1);
    assertThat(level(email, named("mariya", "popova"))).isEqualTo(1);
  }

  @Test
  void theInitialMayFollowTheFamilyName() {
    assertThat(level(named("vikram", "shah"), handle("shahv1991"))).isEqualTo(2);
  }

  @Test
  void twoNamedRecordsAreLeftToTheNameComparisons() {
    PersonRecord namedWithHandle =
        record("b")
            .name(name("jan", "pavlov"))
            .account(new OnlineAccount("telegram", "jpavlov", "jpavlov"))
            .build();

    assertThat(level(named("jan", "pavlov"), namedWithHandle)).isZero();
  }

  @Test
  void aRecordWithoutHandlesSaysNothing() {
    assertThat(level(named("jan", "pavlov"), record("b").build())).isZero();
  }
}
