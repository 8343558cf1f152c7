package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openresolve.model.FieldIssueReason;

class PhoneNormaliserTest {
  private final PhoneNormaliser noRegion = new PhoneNormaliser(null);
  private final PhoneNormaliser russia = new PhoneNormaliser("RU");

  @ParameterizedTest
  @ValueSource(
      strings = {"+7 916 123-45-67", "+7 (916) 123 45 67", "+79161234567", " +7.916.123.45.67 "})
  void writesInternationalNumberInE164(String written) {
    assertThat(noRegion.toE164(written)).isEqualTo(Parsed.ok("+79161234567"));
  }

  @Test
  void readsNationalNumberInTheDefaultRegion() {
    assertThat(russia.toE164("89161234567")).isEqualTo(Parsed.ok("+79161234567"));
  }

  @Test
  void readsDoubleZeroAsInternationalPrefix() {
    assertThat(noRegion.toE164("0079161234567")).isEqualTo(Parsed.ok("+79161234567"));
  }

  @Test
  void readsDoubleZeroAsInternationalPrefixWhereTheRegionDialsSomethingElse() {
    assertThat(new PhoneNormaliser("US").toE164("00 44 20 7946 0958"))
        .isEqualTo(Parsed.ok("+442079460958"));
  }

  @Test
  void prefersTheWrittenCountryCodeToTheDefaultRegion() {
    assertThat(russia.toE164("+44 20 7946 0958")).isEqualTo(Parsed.ok("+442079460958"));
  }

  @Test
  void acceptsLowerCaseDefaultRegion() {
    assertThat(new PhoneNormaliser("ru").toE164("89161234567"))
        .isEqualTo(Parsed.ok("+79161234567"));
  }

  @Test
  void refusesNationalNumberWithoutDefaultRegion() {
    assertThat(noRegion.toE164("89161234567"))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.UNPARSEABLE_PHONE,
                "cannot parse phone number '89161234567': no country code and no default region"));
  }

  @Test
  void refusesNumberOfImpossibleLength() {
    assertThat(noRegion.toE164("+7 916 123"))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.UNPARSEABLE_PHONE,
                "impossible phone number '+7 916 123': wrong length for country code +7"));
  }

  @Test
  void refusesText() {
    assertThat(russia.toE164("n/a"))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.UNPARSEABLE_PHONE,
                "cannot parse phone number 'n/a': not a phone number"));
  }

  @Test
  void refusesUnknownCountryCode() {
    assertThat(noRegion.toE164("+999 1234567"))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.UNPARSEABLE_PHONE,
                "cannot parse phone number '+999 1234567': unknown country code"));
  }

  @Test
  void treatsBlankDefaultRegionAsNone() {
    assertThat(new PhoneNormaliser(" ").toE164("89161234567").isOk()).isFalse();
  }

  @Test
  void treatsRegionWithoutNumberingPlanAsNone() {
    assertThat(new PhoneNormaliser("AQ").toE164("89161234567").isOk()).isFalse();
  }

  @Test
  void rejectsUnknownDefaultRegion() {
    assertThatThrownBy(() -> new PhoneNormaliser("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown phone region 'XX'");
  }
}
