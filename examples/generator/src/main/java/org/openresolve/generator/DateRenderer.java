package org.openresolve.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Writes dates and timestamps as records hold them. Birth dates suffer what clerks and forms do to
 * them: a year off, a day off, day and month exchanged, only the year or year-month known, or the
 * placeholder 1 January for an unknown day. All dates lie before the fixed data horizon, never the
 * clock of the machine.
 */
final class DateRenderer {
  static final LocalDate HORIZON = LocalDate.of(2026, 6, 30);
  private final DifficultyProfile profile;
  private final Dice dice;

  DateRenderer(DifficultyProfile profile, Dice dice) {
    this.profile = profile;
    this.dice = dice;
  }

  String birth(LocalDate date) {
    LocalDate d = date;
    if (dice.chance(profile.yearOffByOne())) {
      d = d.plusYears(dice.chance(0.5) ? 1 : -1);
    }
    if (dice.chance(profile.dayTypo())) {
      d = d.getDayOfMonth() < d.lengthOfMonth() ? d.plusDays(1) : d.minusDays(1);
    }
    if (dice.chance(profile.dateSwap())
        && d.getDayOfMonth() <= 12
        && d.getDayOfMonth() != d.getMonthValue()) {
      d = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
    }
    if (dice.chance(profile.partialDate())) {
      int kind = dice.below(10);
      return kind < 5 ? year(d) : kind < 8 ? d.toString().substring(0, 7) : year(d) + "-01-01";
    }
    return d.toString();
  }

  /** A date between {@code from} and the horizon, sometimes known only to the month. */
  String event(LocalDate from) {
    LocalDate d = between(from, HORIZON);
    return dice.chance(profile.partialDate() / 2) ? d.toString().substring(0, 7) : d.toString();
  }

  LocalDate between(LocalDate from, LocalDate to) {
    long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
    return from.plusDays((long) (dice.unit() * span));
  }

  /** An ISO 8601 timestamp on a day between {@code from} and the horizon, in one of three forms. */
  String timestamp(LocalDate from) {
    LocalDateTime t = between(from, HORIZON).atTime(dice.below(24), dice.below(60), dice.below(60));
    int form = dice.below(10);
    if (form == 9) {
      // The same instant in Central European Time: an hour later, perhaps the next day.
      t = t.plusHours(1);
    }
    StringBuilder s = new StringBuilder(29).append(t.toLocalDate()).append('T');
    twoDigits(s, t.getHour()).append(':');
    twoDigits(s, t.getMinute()).append(':');
    twoDigits(s, t.getSecond());
    if (form < 7) {
      return s.append('Z').toString();
    }
    if (form < 9) {
      int millis = dice.below(1000);
      return s.append('.')
          .append(millis < 10 ? "00" : millis < 100 ? "0" : "")
          .append(millis)
          .append('Z')
          .toString();
    }
    return s.append("+01:00").toString();
  }

  private static StringBuilder twoDigits(StringBuilder s, int n) {
    return (n < 10 ? s.append('0') : s).append(n);
  }

  private static String year(LocalDate d) {
    return Integer.toString(d.getYear());
  }
}
