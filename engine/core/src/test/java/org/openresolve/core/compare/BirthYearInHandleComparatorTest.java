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
import org.openresolve.model.NameType;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;

class BirthYearInHandleComparatorTest {
  private static final int MISSING = 0;
  private static final int BIRTH_YEAR = 1;
  private static final int DIFFERENT = 2;

  private static final BirthYearInHandleComparator COMPARATOR =
      new BirthYearInHandleComparator(
          List.of(
              new ComparisonLevel.Null(),
              new ComparisonLevel.HandleBirthYear(),
              new ComparisonLevel.Else()));

  private static PersonRecord born(String given, String family, int year) {
    return record("a").name(name(given, family)).birthDate(PartialDate.of(year, 4, 9)).build();
  }

  private static PersonRecord handle(String handle) {
    return record("b").account(new OnlineAccount("forum", handle, handle)).build();
  }

  private static Outcome compare(PersonRecord a, PersonRecord b) {
    return COMPARATOR.compare(MatchView.of(a), MatchView.of(b));
  }

  @ParameterizedTest(name = "{0} for a birth in {1}: level {2}")
  @CsvSource({
    "tomasz_wisniewski86, 1986, 1",
    "tomasz_wisniewski1986, 1986, 1",
    // two digits are the year's last two, whatever the century
    "ola_nowak05, 2005, 1",
    // a two-digit number that is not the year
    "tomasz_wisniewski77, 1986, 2",
    // four digits that are not the year
    "tomasz_wisniewski1968, 1986, 2",
    // one, three or five digits are not how a year is written
    "tomasz_wisniewski6, 1986, 0",
    "tomasz_wisniewski986, 1986, 0",
    "tomasz_wisniewski19860, 1986, 0",
    // digits inside the handle are not at its end
    "tw86_wisniewski, 1986, 0",
    // digits alone spell no name
    "1986, 1986, 0"
  })
  void theDigitsEndingAHandleAreReadAsAYear(String handle, int year, int expected) {
    assertThat(compare(born("tomasz", "wisniewski", year), handle(handle)).level())
        .isEqualTo(expected);
  }

  @Test
  void aNumberAloneIsComparedWithoutTheName() {
    // The level says only that the digits are the year; the rule file lets it weigh only beside
    // the name written in the handle (weightless_when on the name-in-handle levels).
    assertThat(compare(born("tomasz", "wisniewski", 1986), handle("real_eagle86")).level())
        .isEqualTo(BIRTH_YEAR);
  }

  @Test
  void theLocalPartOfAnEmailIsReadWhicheverRecordIsNameless() {
    PersonRecord profile =
        record("b")
            // A display name of one word, in no part: the profile gives no family name.
            .name(
                new PersonName(NameType.PRIMARY, "Ngozi", "Latn", "Ngozi", null, null, null, null))
            .email(new Email("ngozi.chukwu1991@mail.example", "NGOZI.CHUKWU1991@MAIL.EXAMPLE"))
            .build();
    PersonRecord named = born("ngozi", "chukwu", 1991);

    assertThat(compare(named, profile))
        .isEqualTo(new Outcome(BIRTH_YEAR, "1991", "ngozi.chukwu1991"));
    assertThat(compare(profile, named))
        .isEqualTo(new Outcome(BIRTH_YEAR, "ngozi.chukwu1991", "1991"));
  }

  @Test
  void anyHandleOfTheProfileMayCarryTheYear() {
    PersonRecord profile =
        record("b")
            .account(new OnlineAccount("forum", "tw_1999", "tw_1999"))
            .account(new OnlineAccount("market", "tomasz86", "tomasz86"))
            .build();

    assertThat(compare(born("tomasz", "wisniewski", 1986), profile).level()).isEqualTo(BIRTH_YEAR);
  }

  @Test
  void withoutABirthYearOrDigitsThereIsNothingToCompare() {
    PersonRecord noDate = record("a").name(name("tomasz", "wisniewski")).build();

    assertThat(compare(noDate, handle("tomasz_wisniewski86")).level()).isEqualTo(MISSING);
    assertThat(compare(born("tomasz", "wisniewski", 1986), handle("tomasz_wisniewski")).level())
        .isEqualTo(MISSING);
  }

  @Test
  void aRecordWhoseNameNoHandleIsReadForIsMissing() {
    // "Li" is too short a family name to be read in handles, so no year is read beside it either.
    assertThat(compare(born("wei", "li", 1986), handle("weili86")).level()).isEqualTo(MISSING);
  }

  @Test
  void twoNamedRecordsAreLeftToTheBirthDateComparison() {
    PersonRecord namedWithHandle =
        record("b")
            .name(name("tomasz", "wisniewski"))
            .account(new OnlineAccount("forum", "tomasz_wisniewski86", "tomasz_wisniewski86"))
            .build();

    assertThat(compare(born("tomasz", "wisniewski", 1986), namedWithHandle).level())
        .isEqualTo(MISSING);
  }

  @Test
  void aYearOfAnotherCenturyIsNotTheTwoDigitsOfThisOne() {
    assertThat(compare(born("tomasz", "wisniewski", 1986), handle("tw1886")).level())
        .isEqualTo(DIFFERENT);
  }
}
