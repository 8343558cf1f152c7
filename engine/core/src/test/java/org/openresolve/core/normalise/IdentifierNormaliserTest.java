package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.model.FieldIssueReason;

class IdentifierNormaliserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"753 912-345|753912345", "ab.12/3|AB123", " x-99 |X99", "753912345|753912345"})
  void keepsOnlyLettersAndDigitsInUpperCase(String written, String value) {
    assertThat(IdentifierNormaliser.normaliseValue(written)).isEqualTo(Parsed.ok(value));
  }

  @Test
  void foldsFullWidthCharacters() {
    assertThat(IdentifierNormaliser.normaliseValue("ＡＢ１２")).isEqualTo(Parsed.ok("AB12"));
  }

  @Test
  void writesDigitsOfAnyScriptInAscii() {
    assertThat(IdentifierNormaliser.normaliseValue("٧٥٣")).isEqualTo(Parsed.ok("753"));
  }

  @Test
  void keepsNonLatinLettersAsTheyAre() {
    assertThat(IdentifierNormaliser.normaliseValue("ав 123")).isEqualTo(Parsed.ok("АВ123"));
  }

  @Test
  void refusesValueWithoutLettersOrDigits() {
    assertThat(IdentifierNormaliser.normaliseValue(" -/. "))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.MALFORMED_IDENTIFIER,
                "identifier value ' -/. ' has no letters or digits"));
  }
}
