package org.openresolve.core.scoring;

import java.io.Serializable;
import org.openresolve.core.compare.MatchView;

/**
 * What tells the holders of a shared value apart: the initial of a record's first given name and
 * its birth year, each 0 when the record does not give it. Coarse on purpose: one person's records
 * keep their initial and birth year through most typos, nicknames excepted, while two people
 * sharing a phone or a home rarely agree on both.
 *
 * @param initial the first letter of the first name's forename ("n" of "nathalie"), or 0
 * @param year the first birth date's year, or 0
 */
public record HolderSignature(char initial, int year) implements Serializable {
  private static final int YEARS = 10_000;

  public HolderSignature {
    if (year < 0 || year >= YEARS) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
  }

  public static HolderSignature of(MatchView v) {
    char initial = 0;
    for (MatchView.Name n : v.names()) {
      if (n.forename() != null && !n.forename().isEmpty()) {
        initial = n.forename().charAt(0);
        break;
      }
    }
    int year = 0;
    for (MatchView.Date d : v.birthDates()) {
      if (d.year() > 0 && d.year() < YEARS) {
        year = d.year();
        break;
      }
    }
    return new HolderSignature(initial, year);
  }

  /**
   * Whether two records with these signatures could be one person: initials that agree, and birth
   * years at most one apart (a year off by one, a date near the new year), each unless either side
   * does not give it. A wider slip (1985 written 1995) makes one person count twice; that takes
   * more such slips than a limit allows people before a value of one person weighs less.
   */
  public boolean compatible(HolderSignature other) {
    boolean initials = initial == 0 || other.initial == 0 || initial == other.initial;
    return initials && (year == 0 || other.year == 0 || Math.abs(year - other.year) <= 1);
  }

  /** As one int, for a Spark column: {@link #decode} gives it back. */
  public int encode() {
    return initial * YEARS + year;
  }

  public static HolderSignature decode(int code) {
    return new HolderSignature((char) (code / YEARS), code % YEARS);
  }
}
