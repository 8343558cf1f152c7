package org.openresolve.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date known to the year, the month or the day, as ISO 8601 writes it ({@code 1984}, {@code
 * 1984-07}, {@code 1984-07-19}). Only real calendar dates can be built.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {
  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (day != null && month == null) {
      throw new IllegalArgumentException("day without month");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != null) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
      }
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  public static PartialDate of(int year, int month, int day) {
    return new PartialDate(year, month, day);
  }

  public Precision precision() {
    return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
  }

  /** The ISO 8601 form at this date's precision. */
  public String iso() {
    return iso(year, month == null ? 0 : month, day == null ? 0 : day);
  }

  /**
   * The ISO 8601 form of a date whose month or day is 0 when unknown. Padded by hand: {@code
   * String.format} parses its pattern on every call, and this runs for every date.
   */
  public static String iso(int year, int month, int day) {
    StringBuilder s = new StringBuilder(10);
    padded(s, year, 4);
    if (month > 0) {
      padded(s.append('-'), month, 2);
    }
    if (day > 0) {
      padded(s.append('-'), day, 2);
    }
    return s.toString();
  }

  private static void padded(StringBuilder s, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    s.append(digits);
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = Integer.compare(year, o.year);
    if (c == 0) {
      c =
          Integer.compare(
              Objects.requireNonNullElse(month, 0), Objects.requireNonNullElse(o.month, 0));
    }
    if (c == 0) {
      c = Integer.compare(Objects.requireNonNullElse(day, 0), Objects.requireNonNullElse(o.day, 0));
    }
    return c;
  }

  @Override
  public String toString() {
    return iso();
  }

  /** How much of the date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }
}
