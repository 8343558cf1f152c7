package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.model.Address;

class AddressNormaliserTest {
  private final AddressNormaliser addresses = new AddressNormaliser();

  private String normalised(String asWritten) {
    return addresses.normalise(asWritten, null, null, null).normalised();
  }

  @Test
  void foldsAndExpandsStreetTypes() {
    assertThat(addresses.normalise("12 Baker St., London", "London", "nw1 6xe", "GB"))
        .isEqualTo(
            new Address(
                "12 Baker St., London", "12 baker street london", "london", "NW16XE", "GB"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "5 Abbey Rd|5 abbey road",
        "5 Park Ave.|5 park avenue",
        "5 Sunset Blvd|5 sunset boulevard",
        "Flat 2, 5 Elm Gdns|flat 2 5 elm gardens",
        "Apt 4, 5 High Ln|apartment 4 5 high lane"
      })
  void expandsStreetTypeAbbreviations(String written, String folded) {
    assertThat(normalised(written)).isEqualTo(folded);
  }

  @Test
  void readsStBeforeANameAsSaint() {
    assertThat(normalised("St Mary Road 5")).isEqualTo("saint mary road 5");
  }

  @Test
  void readsStAfterANameAsStreet() {
    assertThat(normalised("5th St NW")).isEqualTo("5th street northwest");
  }

  @Test
  void readsStAtTheEndOfAPartAsStreet() {
    assertThat(normalised("Main St, Springfield")).isEqualTo("main street springfield");
  }

  @ParameterizedTest
  @CsvSource({
    "Hauptstraße 5, hauptstrasse 5",
    "Hauptstr. 5, hauptstrasse 5",
    "Berliner Str. 5, berliner strasse 5"
  })
  void expandsGermanStreetAbbreviations(String written, String folded) {
    assertThat(normalised(written)).isEqualTo(folded);
  }

  @Test
  void transliteratesAndExpandsCyrillicAddress() {
    assertThat(normalised("ул. Ленина, д. 5, кв. 12")).isEqualTo("ulitsa lenina d 5 kvartira 12");
  }

  @Test
  void foldsLocalityTheSameWay() {
    assertThat(addresses.normalise("x", "St. Petersburg", null, null).locality())
        .isEqualTo("saint petersburg");
  }

  @Test
  void leavesMissingPartsNull() {
    assertThat(addresses.normalise("Riga", " ", null, null))
        .isEqualTo(new Address("Riga", "riga", null, null, null));
  }

  @Test
  void givesEmptyFormForPunctuationOnly() {
    assertThat(normalised(" , ; ")).isEmpty();
  }
}
