package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openresolve.model.FieldIssueReason;
import org.openresolve.model.PartialDate;

class PartialDatesTest {
  @Test
  void readsYear() {
    assertThat(PartialDates.parseIso("1984")).isEqualTo(Parsed.ok(PartialDate.ofYear(1984)));
  }

  @Test
  void readsYearAndMonth() {
    assertThat(PartialDates.parseIso("1984-07")).isEqualTo(Parsed.ok(PartialDate.ofMonth(1984, 7)));
  }

  @Test
  void readsFullDate() {
    assertThat(PartialDates.parseIso("1984-07-19"))
        .isEqualTo(Parsed.ok(PartialDate.of(1984, 7, 19)));
  }

  @Test
  void trimsSpace() {
    assertThat(PartialDates.parseIso(" 1984-07-19\t"))
        .isEqualTo(Parsed.ok(PartialDate.of(1984, 7, 19)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1984-07-19T00:00:00Z", "1984-07-19T23:30:00-05:00", "1984-07-19 10:15"})
  void readsTheDateOfATimestampAsWritten(String written) {
    assertThat(PartialDates.parseIso(written)).isEqualTo(Parsed.ok(PartialDate.of(1984, 7, 19)));
  }

  @Test
  void acceptsLeapDay() {
    assertThat(PartialDates.parseIso("2024-02-29"))
        .isEqualTo(Parsed.ok(PartialDate.of(2024, 2, 29)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"19/07/1984", "1984-7-19", "84", "1984-07-19x", "", "1984-07-19T25:00Z"})
  void refusesOtherFormsAsMalformed(String written) {
    assertThat(PartialDates.parseIso(written))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.MALFORMED_DATE,
                "date '"
                    + written
                    + "' is not YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 timestamp"
                    + " (a mapping's date_of_birth_pattern reads birth dates in another layout, e.g. dd/MM/yyyy)"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-02-30|there is no day 30 in 2023-02",
        "1984-13|there is no month 13",
        "1984-00-10|there is no month 0",
        "1984-07-00|there is no day 0 in 1984-07",
        "0000|there is no year 0",
        "2023-02-29T00:00:00Z|there is no day 29 in 2023-02"
      })
  void refusesDatesThatDoNotExistAsImpossible(String written, String problem) {
    assertThat(PartialDates.parseIso(written))
        .isEqualTo(
            Parsed.bad(FieldIssueReason.IMPOSSIBLE_DATE, "date '" + written + "': " + problem));
  }

  @ParameterizedTest
  @CsvSource({
    "19840719, yyyyMMdd",
    "19/07/1984, dd/MM/yyyy",
    "07/19/1984, MM/dd/yyyy",
    "19.7.1984, dd.MM.yyyy"
  })
  void readsDateInADeclaredPattern(String written, String pattern) {
    assertThat(PartialDates.parsePattern(written, pattern))
        .isEqualTo(Parsed.ok(PartialDate.of(1984, 7, 19)));
  }

  @Test
  void readsPartialDateInADeclaredPattern() {
    assertThat(PartialDates.parsePattern("07/1984", "MM/yyyy"))
        .isEqualTo(Parsed.ok(PartialDate.ofMonth(1984, 7)));
  }

  @ParameterizedTest
  @CsvSource({
    "1984719, yyyyMMdd",
    "19/07/84, dd/MM/yyyy",
    "19/07/1984 x, dd/MM/yyyy",
    "19-07-1984, dd/MM/yyyy"
  })
  void refusesTextThatDoesNotMatchThePattern(String written, String pattern) {
    assertThat(PartialDates.parsePattern(written, pattern))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.MALFORMED_DATE,
                "date '" + written + "' does not match '" + pattern + "'"));
  }

  @Test
  void refusesImpossibleDateInADeclaredPattern() {
    assertThat(PartialDates.parsePattern("30/02/2023", "dd/MM/yyyy"))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.IMPOSSIBLE_DATE,
                "date '30/02/2023': there is no day 30 in 2023-02"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "dd/MM|date pattern 'dd/MM' has no yyyy",
        "yyyy-MM-yyyy|date pattern 'yyyy-MM-yyyy' has yyyy twice",
        "yyyy-dd|date pattern 'yyyy-dd' has dd but no MM",
        "yy-MM-dd|date pattern 'yy-MM-dd' has 'y' at position 1; only yyyy, MM and dd are fields",
        "dd MMM yyyy|date pattern 'dd MMM yyyy' has 'M' at position 6; only yyyy, MM and dd are"
            + " fields"
      })
  void rejectsUnusablePattern(String pattern, String message) {
    assertThatThrownBy(() -> PartialDates.parsePattern("1984", pattern))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void checksAPatternWithoutAValue() {
    assertThatThrownBy(() -> PartialDates.checkPattern("MMdd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date pattern 'MMdd' has no yyyy");
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-02T10:15:00Z, 2026-03-02T10:15:00Z",
    "2026-03-02 10:15:00Z, 2026-03-02T10:15:00Z",
    "1999-12-31T23:59:59Z, 1999-12-31T23:59:59Z",
    "2026-03-02T11:15:00+01:00, 2026-03-02T10:15:00Z",
    "2026-03-02T10:15:00.250Z, 2026-03-02T10:15:00.250Z",
    "2026-03-02T11:15:00+01:00[Europe/Paris], 2026-03-02T10:15:00Z"
  })
  void readsTimestampWithOffset(String written, String instant) {
    assertThat(PartialDates.parseTimestamp(written)).isEqualTo(Parsed.ok(Instant.parse(instant)));
  }

  @Test
  void readsLocalTimestampAsUtc() {
    assertThat(PartialDates.parseTimestamp("2026-03-02T10:15:00"))
        .isEqualTo(Parsed.ok(Instant.parse("2026-03-02T10:15:00Z")));
  }

  @Test
  void readsSpaceInsteadOfT() {
    assertThat(PartialDates.parseTimestamp("2026-03-02 10:15"))
        .isEqualTo(Parsed.ok(Instant.parse("2026-03-02T10:15:00Z")));
  }

  @Test
  void readsPlainDateAsStartOfDayUtc() {
    assertThat(PartialDates.parseTimestamp("2026-03-02"))
        .isEqualTo(Parsed.ok(Instant.parse("2026-03-02T00:00:00Z")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yesterday",
        "2026-02-30",
        "2026-03-02T24:01:00Z",
        "2026-02-30T10:15:00Z",
        "2026-13-02T10:15:00Z",
        "2026-03",
        "02/03/2026 10:15"
      })
  void refusesOtherTimestamps(String written) {
    assertThat(PartialDates.parseTimestamp(written))
        .isEqualTo(
            Parsed.bad(
                FieldIssueReason.MALFORMED_TIMESTAMP,
                "timestamp '" + written + "' is not ISO 8601"));
  }

  @Test
  void writesEachPrecisionAsIsoWithZeroPadding() {
    assertThat(new PartialDate(987, 3, 5).iso()).isEqualTo("0987-03-05");
    assertThat(PartialDate.ofMonth(1984, 11).iso()).isEqualTo("1984-11");
    assertThat(PartialDate.ofYear(12).iso()).isEqualTo("0012");
    assertThat(new PartialDate(2001, 12, 31).iso()).isEqualTo("2001-12-31");
  }
}
