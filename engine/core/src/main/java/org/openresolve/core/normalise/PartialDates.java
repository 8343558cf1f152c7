package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openresolve.model.FieldIssueReason;
import org.openresolve.model.PartialDate;

/**
 * Dates as sources write them to {@link PartialDate}, and timestamps to {@link Instant}. Two kinds
 * of failure are told apart: text that is no date at all ({@code MALFORMED_DATE}) and a well-formed
 * date that does not exist, such as 2023-02-30 ({@code IMPOSSIBLE_DATE}), which is often a typing
 * error worth showing to an analyst.
 */
public final class PartialDates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern ISO_TIMESTAMP = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[T ].+");
  private static final int DATE_LENGTH = "yyyy-mm-dd".length();
  private static final String UTC_SECONDS = "9999-99-99T99:99:99Z";

  private PartialDates() {}

  /**
   * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or a full ISO 8601 timestamp, of which the
   * date is taken as written: {@code 1984-07-19T23:30:00-05:00} is 19 July, the local date the
   * source recorded, not the UTC one.
   */
  public static Parsed<PartialDate> parseIso(String text) {
    requireNonNull(text, "text is null");
    String s = text.strip();
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return date(text, m.group(1), m.group(2), m.group(3));
    }
    m = ISO_TIMESTAMP.matcher(s);
    if (m.matches()) {
      Parsed<PartialDate> date = date(text, m.group(1), m.group(2), m.group(3));
      return !date.isOk() || parseTimestamp(s).isOk() ? date : malformed(text);
    }
    return malformed(text);
  }

  /**
   * A date in the layout a mapping file declares: {@code yyyy}, {@code MM} and {@code dd} for the
   * fields, any other non-letter as a literal ({@code yyyyMMdd}, {@code dd/MM/yyyy}). A month or
   * day next to a literal may have one digit (1/7/1984); next to another field it needs two.
   *
   * @throws IllegalArgumentException when the pattern itself is unusable
   */
  public static Parsed<PartialDate> parsePattern(String text, String pattern) {
    requireNonNull(text, "text is null");
    List<Object> elements = compile(pattern);
    String s = text.strip();
    String[] fields = new String[3];
    int pos = 0;
    for (int e = 0; e < elements.size(); e++) {
      if (elements.get(e) instanceof Field field) {
        boolean fixed =
            field == Field.YEAR
                || e > 0 && elements.get(e - 1) instanceof Field
                || e + 1 < elements.size() && elements.get(e + 1) instanceof Field;
        int end = pos;
        while (end < s.length() && end - pos < field.width && isAsciiDigit(s.charAt(end))) {
          end++;
        }
        if (end - pos < (fixed ? field.width : 1)) {
          return malformed(text, pattern);
        }
        fields[field.ordinal()] = s.substring(pos, end);
        pos = end;
      } else if (pos < s.length() && s.charAt(pos) == (Character) elements.get(e)) {
        pos++;
      } else {
        return malformed(text, pattern);
      }
    }
    return pos == s.length()
        ? date(text, fields[0], fields[1], fields[2])
        : malformed(text, pattern);
  }

  /**
   * Throws {@link IllegalArgumentException} unless {@code pattern} is usable by {@link
   * #parsePattern}; for checking a mapping file when it is read rather than at its first value.
   */
  public static void checkPattern(String pattern) {
    compile(pattern);
  }

  /**
   * An ISO 8601 instant or offset date-time ({@code 2026-03-02T10:15:00Z}, {@code
   * 2026-03-02T11:15:00+01:00}), a local date-time, taken as UTC, or a plain date, taken as the
   * start of that day in UTC. A space may stand for the {@code T}.
   */
  public static Parsed<Instant> parseTimestamp(String text) {
    requireNonNull(text, "text is null");
    String s = text.strip();
    try {
      if (s.length() == DATE_LENGTH) {
        return Parsed.ok(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (s.length() > DATE_LENGTH && s.charAt(DATE_LENGTH) == ' ') {
        s = s.substring(0, DATE_LENGTH) + 'T' + s.substring(DATE_LENGTH + 1);
      }
      Instant utc = utcSeconds(s);
      if (utc != null) {
        return Parsed.ok(utc);
      }
      TemporalAccessor t =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(s, ZonedDateTime::from, LocalDateTime::from);
      return Parsed.ok(
          t instanceof ZonedDateTime zoned
              ? zoned.toInstant()
              : ((LocalDateTime) t).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Parsed.bad(
          FieldIssueReason.MALFORMED_TIMESTAMP, "timestamp '" + text + "' is not ISO 8601");
    }
  }

  /**
   * The instant of the commonest layout, {@code yyyy-MM-ddTHH:mm:ssZ}, read digit by digit; null
   * for any other text, which the general (and much slower) ISO parser then reads.
   */
  private static Instant utcSeconds(String s) {
    if (s.length() != UTC_SECONDS.length()) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char layout = UTC_SECONDS.charAt(i);
      char c = s.charAt(i);
      if (layout == '9' ? !isAsciiDigit(c) : c != layout) {
        return null;
      }
    }
    try {
      return LocalDateTime.of(
              number(s, 0, 4),
              number(s, 5, 7),
              number(s, 8, 10),
              number(s, 11, 13),
              number(s, 14, 16),
              number(s, 17, 19))
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null; // a field out of range: the general parser words the refusal
    }
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  private static Parsed<PartialDate> date(String text, String year, String month, String day) {
    int y = Integer.parseInt(year);
    Integer m = month == null ? null : Integer.valueOf(month);
    Integer d = day == null ? null : Integer.valueOf(day);
    String problem = null;
    if (y < 1) {
      problem = "there is no year 0";
    } else if (m != null && (m < 1 || m > 12)) {
      problem = "there is no month " + m;
    } else if (d != null && (d < 1 || !YearMonth.of(y, m).isValidDay(d))) {
      problem = "there is no day " + d + " in " + YearMonth.of(y, m);
    }
    if (problem != null) {
      return Parsed.bad(FieldIssueReason.IMPOSSIBLE_DATE, "date '" + text + "': " + problem);
    }
    return Parsed.ok(new PartialDate(y, m, d));
  }

  private static Parsed<PartialDate> malformed(String text) {
    return Parsed.bad(
        FieldIssueReason.MALFORMED_DATE,
        "date '"
            + text
            + "' is not YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 timestamp"
            + " (a mapping's date_of_birth_pattern reads birth dates in another layout, e.g. dd/MM/yyyy)");
  }

  private static Parsed<PartialDate> malformed(String text, String pattern) {
    return Parsed.bad(
        FieldIssueReason.MALFORMED_DATE, "date '" + text + "' does not match '" + pattern + "'");
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The pattern as {@link Field}s and literal {@link Character}s. */
  private static List<Object> compile(String pattern) {
    requireNonNull(pattern, "pattern is null");
    List<Object> elements = new ArrayList<>(pattern.length());
    int[] seen = new int[Field.values().length];
    for (int i = 0; i < pattern.length(); ) {
      Field field = Field.at(pattern, i);
      if (field != null) {
        if (seen[field.ordinal()]++ > 0) {
          throw new IllegalArgumentException(
              "date pattern '" + pattern + "' has " + field.symbol + " twice");
        }
        elements.add(field);
        i += field.symbol.length();
      } else if (Character.isLetter(pattern.charAt(i))) {
        throw new IllegalArgumentException(
            "date pattern '"
                + pattern
                + "' has '"
                + pattern.charAt(i)
                + "' at position "
                + (i + 1)
                + "; only yyyy, MM and dd are fields");
      } else {
        elements.add(pattern.charAt(i++));
      }
    }
    if (seen[Field.YEAR.ordinal()] == 0) {
      throw new IllegalArgumentException("date pattern '" + pattern + "' has no yyyy");
    }
    if (seen[Field.DAY.ordinal()] > 0 && seen[Field.MONTH.ordinal()] == 0) {
      throw new IllegalArgumentException("date pattern '" + pattern + "' has dd but no MM");
    }
    return elements;
  }

  private enum Field {
    YEAR("yyyy"),
    MONTH("MM"),
    DAY("dd");

    final String symbol;
    final int width;

    Field(String symbol) {
      this.symbol = symbol;
      this.width = symbol.length();
    }

    static Field at(String pattern, int i) {
      for (Field f : values()) {
        if (pattern.startsWith(f.symbol, i)) {
          return f;
        }
      }
      return null;
    }
  }
}
