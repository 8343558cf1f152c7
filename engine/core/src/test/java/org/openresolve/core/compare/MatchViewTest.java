package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openresolve.core.compare.Records.name;
import static org.openresolve.core.compare.Records.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.openresolve.model.Address;
import org.openresolve.model.Email;
import org.openresolve.model.Identifier;
import org.openresolve.model.IdentifierType;
import org.openresolve.model.NameType;
import org.openresolve.model.OnlineAccount;
import org.openresolve.model.PartialDate;
import org.openresolve.model.PersonName;
import org.openresolve.model.Phone;

class MatchViewTest {
  @Test
  void keyIsSourceAndRecordId() {
    assertThat(MatchView.of(record("r1").build()).key()).isEqualTo("s:r1");
  }

  @Test
  void valuesConnectorsCouldNotNormaliseAreLeftOut() {
    MatchView v =
        MatchView.of(
            record("r1")
                .phone(new Phone(null, "call me"))
                .phone(new Phone("+447700900123", "07700 900123"))
                .email(new Email(null, "not-an-address"))
                .build());

    assertThat(v.phones()).containsExactly("+447700900123");
    assertThat(v.emails()).isEmpty();
  }

  @Test
  void namesCarryPartsAndPhoneticCodes() {
    MatchView.Name n =
        MatchView.of(record("r1").name(name("aleksandr", "ivanov")).build()).names().get(0);

    assertThat(n.full()).isEqualTo("aleksandr ivanov");
    assertThat(n.swapped()).isEqualTo("ivanov aleksandr");
    MatchView.Name other =
        MatchView.of(record("r2").name(name("alexander", "ivanoff")).build()).names().get(0);
    assertThat(n.givenCodes()).containsAnyElementsOf(other.givenCodes());
    assertThat(n.familyCodes()).containsAnyElementsOf(other.familyCodes());
  }

  @Test
  void singleWordNameKeysBothWaysButHasNoParts() {
    PersonName madonna =
        new PersonName(NameType.PRIMARY, "Madonna", "Latn", "madonna", null, null, null, null);
    MatchView.Name n = MatchView.of(record("r1").name(madonna).build()).names().get(0);

    assertThat(n.given()).isNull();
    assertThat(n.givenCodes()).isEqualTo(n.familyCodes()).isNotEmpty();
    assertThat(n.swapped()).isNull();
  }

  @Test
  void addressPartsAreFoldedAndDuplicatesDropped() {
    MatchView v =
        MatchView.of(
            record("r1")
                .address(
                    new Address(
                        "1 Main St, São Paulo",
                        "1 main st sao paulo",
                        "São Paulo",
                        "01310-100",
                        "BR"))
                .address(
                    new Address("1 Main St", "1 main st sao paulo", "Sao Paulo", "01310 100", "BR"))
                .build());

    assertThat(v.addresses()).containsExactly("1 main st");
    assertThat(v.localities()).containsExactly("sao paulo");
    assertThat(v.postcodes()).containsExactly("01310100");
  }

  @Test
  void datesIdentifiersAndHandlesKeepTheirParts() {
    MatchView v =
        MatchView.of(
            record("r1")
                .birthDate(PartialDate.ofMonth(1984, 7))
                .identifier(
                    new Identifier(IdentifierType.PASSPORT, "RU", "4509123456", "45 09 123456"))
                .account(new OnlineAccount("telegram", "ivan_k", "@Ivan_K"))
                .build());

    assertThat(v.birthDates()).containsExactly(new MatchView.Date(1984, 7, 0));
    assertThat(v.birthDates().get(0).iso()).isEqualTo("1984-07");
    assertThat(v.identifiers().get(0)).hasToString("PASSPORT|RU|4509123456");
    assertThat(v.handles().get(0)).hasToString("telegram:ivan_k");
  }

  @Test
  void viewIsJavaSerializable() throws IOException {
    MatchView v =
        MatchView.of(
            record("r1")
                .name(name("anna", "petrova"))
                .birthDate(PartialDate.of(1990, 1, 2))
                .build());

    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(v);
    }
  }

  @Test
  void forenameIsTheFirstGivenNameWithoutPatronymic() {
    MatchView.Name n =
        MatchView.of(record("r1").name(name("artem andreyevich", "mikhaylov")).build())
            .names()
            .get(0);

    assertThat(n.forename()).isEqualTo("artem");
    assertThat(n.given()).isEqualTo("artem andreyevich");
  }

  @Test
  void forenameKeepsAbdAlRahmanTogether() {
    MatchView.Name n =
        MatchView.of(record("r1").name(name("abd al rahman yusuf", "haddad")).build())
            .names()
            .get(0);

    assertThat(n.forename()).isEqualTo("abd al rahman");
  }

  @Test
  void forenameKeepsALeadingArticleWithItsWord() {
    MatchView.Name n =
        MatchView.of(record("r1").name(name("al rashid", "haddad")).build()).names().get(0);

    assertThat(n.forename()).isEqualTo("al rashid");
  }

  @Test
  void anAddressOfOnlyATownAndPostcodeCountsOnceAsTownAndPostcode() {
    MatchView v =
        MatchView.of(
            record("r1")
                .address(new Address("lenoir 28645", "lenoir 28645", "lenoir", "28645", "US"))
                .build());

    assertThat(v.addresses()).isEmpty();
    assertThat(v.localities()).containsExactly("lenoir");
    assertThat(v.postcodes()).containsExactly("28645");
  }

  @Test
  void isoDatePadsYearMonthAndDay() {
    assertThat(new MatchView.Date(987, 3, 5).iso()).isEqualTo("0987-03-05");
    assertThat(new MatchView.Date(1984, 11, 0).iso()).isEqualTo("1984-11");
  }

  @Test
  void isoDateIsTheSameWhenAskedAgainInsideAndOutsideTheRememberedYears() {
    for (int round = 0; round < 2; round++) {
      assertThat(new MatchView.Date(1984, 0, 0).iso()).isEqualTo("1984");
      assertThat(new MatchView.Date(1984, 2, 29).iso()).isEqualTo("1984-02-29");
      assertThat(new MatchView.Date(1850, 1, 1).iso()).isEqualTo("1850-01-01");
      assertThat(new MatchView.Date(1849, 12, 31).iso()).isEqualTo("1849-12-31");
      assertThat(new MatchView.Date(2049, 12, 31).iso()).isEqualTo("2049-12-31");
      assertThat(new MatchView.Date(2050, 1, 1).iso()).isEqualTo("2050-01-01");
    }
  }
}
