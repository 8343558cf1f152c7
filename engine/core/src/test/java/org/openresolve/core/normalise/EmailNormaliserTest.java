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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ivan Petrov <Ivan.Petrov@Mail.Example>|ivan.petrov@mail.example",
        "\"Petrov, Ivan\" <ivan@mail.example>|ivan@mail.example",
        "<ivan@mail.example>|ivan@mail.example",
        "Ivan <mailto:ivan@mail.example>|ivan@mail.example"
      })
  void takesTheAddressOutOfItsDisplayForm(String written, String address) {
    assertThat(EmailNormaliser.normalise(written)).isEqualTo(Parsed.ok(address));
  }

  @Test
  void refusesTwoAddressesInAngleBrackets() {
    assertThat(EmailNormaliser.normalise("<a@c.org> <b@c.org>").isOk()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ivan+shop@mail.example|ivan@mail.example",
        "j.smith@googlemail.com|jsmith@gmail.com",
        "j.s.mith+news@gmail.com|jsmith@gmail.com",
        "j.smith@mail.example|j.smith@mail.example",
        "+tag@mail.example|+tag@mail.example"
      })
  void mailboxDropsTagsAndGmailVariants(String normalised, String mailbox) {
    assertThat(EmailNormaliser.mailbox(normalised)).isEqualTo(mailbox);
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
