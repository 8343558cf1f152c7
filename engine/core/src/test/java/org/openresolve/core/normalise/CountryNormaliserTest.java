package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.model.FieldIssueReason;

class CountryNormaliserTest {
  @ParameterizedTest
  @CsvSource({"ru, RU", "RU, RU", "Gb, GB", " de , DE"})
  void readsAlpha2Codes(String written, String alpha2) {
    assertThat(CountryNormaliser.toAlpha2(written)).isEqualTo(Parsed.ok(alpha2));
  }

  @ParameterizedTest
  @CsvSource({"RUS, RU", "gbr, GB", "USA, US", "DEU, DE"})
  void readsAlpha3Codes(String written, String alpha2) {
    assertThat(CountryNormaliser.toAlpha2(written)).isEqualTo(Parsed.ok(alpha2));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Russia|RU",
        "Russian Federation|RU",
        "United Kingdom|GB",
        "UK|GB",
        "Great Britain|GB",
        "United States of America|US",
        "U.S.A.|US",
        "Ivory Coast|CI",
        "Côte d’Ivoire|CI",
        "Cote d'Ivoire|CI",
        "Czechia|CZ",
        "Czech Republic|CZ",
        "South Korea|KR",
        "North Korea|KP",
        "Syria|SY",
        "Iran|IR",
        "Myanmar|MM",
        "Bosnia and Herzegovina|BA",
        "Bosnia & Herzegovina|BA",
        "The Gambia|GM",
        "Gambia, The|GM",
        "Turkey|TR",
        "Türkiye|TR"
      })
  void readsEnglishNames(String written, String alpha2) {
    assertThat(CountryNormaliser.toAlpha2(written)).isEqualTo(Parsed.ok(alpha2));
  }

  @ParameterizedTest
  @CsvSource({"Kosovo, XK", "XK, XK", "XKX, XK", "Kosovar, XK"})
  void readsKosovoWithItsUserAssignedCode(String written, String alpha2) {
    assertThat(CountryNormaliser.toAlpha2(written)).isEqualTo(Parsed.ok(alpha2));
  }

  @ParameterizedTest
  @CsvSource({
    "Russian, RU",
    "British, GB",
    "American, US",
    "German, DE",
    "Chinese, CN",
    "Syrian, SY",
    "Ukrainian, UA",
    "Dutch, NL"
  })
  void readsNationalityAdjectives(String written, String alpha2) {
    assertThat(CountryNormaliser.toAlpha2(written)).isEqualTo(Parsed.ok(alpha2));
  }

  @Test
  void ignoresCaseAndSurroundingSpace() {
    assertThat(CountryNormaliser.toAlpha2("  uNITED   kINGDOM ")).isEqualTo(Parsed.ok("GB"));
  }

  @Test
  void refusesUnknownCountry() {
    assertThat(CountryNormaliser.toAlpha2("Narnia"))
        .isEqualTo(Parsed.bad(FieldIssueReason.UNKNOWN_COUNTRY, "unknown country 'Narnia'"));
  }

  @Test
  void refusesAmbiguousAdjective() {
    assertThat(CountryNormaliser.toAlpha2("Korean").isOk()).isFalse();
  }

  @Test
  void refusesBlank() {
    assertThat(CountryNormaliser.toAlpha2(" "))
        .isEqualTo(Parsed.bad(FieldIssueReason.UNKNOWN_COUNTRY, "unknown country ' '"));
  }
}
