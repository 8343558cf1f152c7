package org.openresolve.core.compare;

import java.util.List;
import org.openresolve.core.rules.ComparisonLevel;

/**
 * Phones: E.164 numbers as plain values ({@link ValueComparator}), then the digits of numbers that
 * could not be read against every number of the other record. An unread number that matches nothing
 * says nothing either way: it may be any country's, so it is no disagreement. Missing when either
 * record has no phone, or only unread ones that match nothing.
 */
final class PhoneComparator implements FieldComparator {
  /** At most this many digits before the shorter number: a country code, or a trunk prefix. */
  private static final int MOST_LEADING_DIGITS = 3;

  private final ValueComparator read;
  private final int digitsLevel;

  PhoneComparator(List<ComparisonLevel> levels) {
    this.read = new ValueComparator(org.openresolve.core.rules.PersonField.PHONE, levels);
    this.digitsLevel = levels.indexOf(new ComparisonLevel.PhoneNationalDigits());
  }

  @Override
  public Outcome compare(MatchView a, MatchView b) {
    Outcome best = a.phones().isEmpty() || b.phones().isEmpty() ? null : read.compare(a, b);
    if (digitsLevel > 0 && (best == null || best.level() > digitsLevel)) {
      Outcome digits = digits(a, b);
      if (digits != null) {
        return digits;
      }
    }
    return best == null ? new Outcome(0, null, null) : best;
  }

  private Outcome digits(MatchView a, MatchView b) {
    for (String x : a.unreadPhones()) {
      for (String y : b.unreadPhones()) {
        if (sameNumber(x, y)) {
          return new Outcome(digitsLevel, x, y);
        }
      }
      for (String y : b.phones()) {
        if (sameNumber(x, y.substring(1))) {
          return new Outcome(digitsLevel, x, y);
        }
      }
    }
    for (String y : b.unreadPhones()) {
      for (String x : a.phones()) {
        if (sameNumber(x.substring(1), y)) {
          return new Outcome(digitsLevel, x, y);
        }
      }
    }
    return null;
  }

  /** One is the other, or ends it after at most a country code or trunk prefix. */
  static boolean sameNumber(String x, String y) {
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    return shorter.length() >= MatchView.SHORTEST_PHONE
        && longer.length() - shorter.length() <= MOST_LEADING_DIGITS
        && longer.endsWith(shorter);
  }
}
