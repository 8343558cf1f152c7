package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.model.FieldIssueReason;

class EmailNormaliserTest {
  @Test
  void lowerCasesAndTrims() {
    assertThat(EmailNormaliser.normalise(" Sasha.Ivanov84@Mail.Example "))
        .isEqualTo(Parsed.ok("sasha.ivanov84@mail.example"));
  }

  @Test
  void stripsMailtoPrefix() {
    assertThat(EmailNormaliser.normalise("MAILTO:a.b@c.org")).isEqualTo(Parsed.ok("a.b@c.org"));
  }

  @Test
  void keepsPlusTags() {
    assertThat(EmailNormaliser.normalise("a+news@c.org")).isEqualTo(Parsed.ok("a+news@c.org"));
  }

  @Test
  void acceptsInternationalisedAddress() {
    assertThat(EmailNormaliser.normalise("Иван@почта.рф")).isEqualTo(Parsed.ok("иван@почта.рф"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|is empty",
        "a b@c.org|contains a space",
        "a.c.org|must contain exactly one @",
        "a@b@c.org|must contain exactly one @",
        "a..b@c.org|has an invalid part before the @",
        ".a@c.org|has an invalid part before the @",
        "a(b)@c.org|has an invalid part before the @",
        "a@localhost|has no dot in its domain",
        "a@-c.org|has an invalid domain",
        "a@c.o|has an invalid domain",
        "a@c..org|has an invalid domain"
      })
  void refusesMalformedAddress(String written, String problem) {
    assertThat(EmailNormaliser.normalise(written))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.INVALID_EMAIL, "email address '" + written + "' " + problem));
  }

  @Test
  void refusesOverlongLocalPart() {
    String written = "a".repeat(65) + "@c.org";
    assertThat(EmailNormaliser.normalise(written))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.INVALID_EMAIL, "email address '" + written + "' is too long"));
  }
}
