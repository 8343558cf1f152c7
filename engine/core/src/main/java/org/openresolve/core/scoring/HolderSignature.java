package org.openresolve.core.scoring;

import java.io.Serializable;
import org.openresolve.core.compare.MatchView;

/**
 * What tells the holders of a shared value apart: the initials of a record's first given name and
 * family name, and its birth year, each 0 when the record does not give it. Coarse on purpose: one
 * person's records keep these through most typos, while two people sharing a phone or a home rarely
 * agree on them.
 *
 * @param given the first letter of the first name's forename ("n" of "nathalie"), or 0
 * @param family the first letter of that name's family name, or 0
 * @param year the first birth date's year, or 0
 */
public record HolderSignature(char given, char family, int year) implements Serializable {
  private static final int YEARS = 1 << 14;

  public HolderSignature {
    if (year < 0 || year >= YEARS) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
  }

  public static HolderSignature of(MatchView v) {
    char given = 0;
    char family = 0;
    for (MatchView.Name n : v.names()) {
      if (n.forename() != null && !n.forename().isEmpty()) {
        given = n.forename().charAt(0);
        family = n.family() == null || n.family().isEmpty() ? 0 : n.family().charAt(0);
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
    return new HolderSignature(given, family, year);
  }

  /**
   * Whether two records with these signatures could be one person: their names share an initial,
   * whichever part it begins (a record that swaps given and family name, or writes Bill for
   * William, still shares the other part's), and their birth years are at most one apart (a year
   * off by one, a date near the new year); a part either side does not give agrees with anything.
   * So twins, who share a family name and a year, count as one person: the estimate errs towards
   * too few people.
   */
  public boolean compatible(HolderSignature other) {
    return namesMayAgree(other)
        && (year == 0 || other.year == 0 || Math.abs(year - other.year) <= 1);
  }

  private boolean namesMayAgree(HolderSignature o) {
    if ((given == 0 && family == 0) || (o.given == 0 && o.family == 0)) {
      return true;
    }
    return shares(given, o) || shares(family, o);
  }

  private static boolean shares(char initial, HolderSignature o) {
    return initial != 0 && (initial == o.given || initial == o.family);
  }

  /** How many of the three parts the record gives: the fullest signatures are tried first. */
  int known() {
    return (given == 0 ? 0 : 1) + (family == 0 ? 0 : 1) + (year == 0 ? 0 : 1);
  }

  /** As one long, for a Spark column: {@link #decode} gives it back. */
  public long encode() {
    return ((long) given << 32) | ((long) family << 16) | year;
  }

  public static HolderSignature decode(long code) {
    return new HolderSignature((char) (code >>> 32), (char) (code >>> 16), (int) (code & 0xFFFF));
  }
}
