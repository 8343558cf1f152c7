package org.openresolve.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Bad values put inside otherwise readable records. The record stays a record (and stays in
 * truth.csv); a connector should flag the value and keep the rest.
 */
enum BadValue {
  /** Well formed, no such day: 1984-02-30. */
  IMPOSSIBLE_DATE,
  /** Not ISO 8601: 19/07/1984. */
  MALFORMED_DATE,
  /** A birth date decades ahead. */
  FUTURE_DATE,
  UNKNOWN_SEX,
  UNKNOWN_CATEGORY,
  UNPARSEABLE_PHONE,
  INVALID_EMAIL,
  UNKNOWN_COUNTRY,
  /** CSV: PASSPORT-123 (no TYPE:ISSUER:VALUE); JSON: an identifier with an empty value. */
  MALFORMED_IDENTIFIER,
  UNKNOWN_IDENTIFIER_TYPE,
  /** Source reliability outside A-F or information credibility outside 1-6. */
  UNKNOWN_GRADING,
  MALFORMED_TIMESTAMP,
  UNKNOWN_NETWORK,
  /** A crypto wallet without its address. */
  INCOMPLETE_WALLET;

  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter WORDS =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /**
   * A bad text of this kind, derived from the person's birth date and family name where it fits.
   */
  String text(Dice dice, LocalDate birth, String family) {
    int year = birth.getYear();
    return switch (this) {
      case IMPOSSIBLE_DATE ->
          dice.pick(List.of(year + "-02-30", year + "-04-31", year + "-13-0" + dice.between(1, 9)));
      case MALFORMED_DATE ->
          switch (dice.below(3)) {
            case 0 -> birth.format(SLASHED);
            case 1 -> birth.format(WORDS);
            default -> birth.toString().replace('-', '.');
          };
      case FUTURE_DATE -> (2090 + dice.below(9)) + birth.toString().substring(4);
      case UNKNOWN_SEX -> dice.pick(List.of("Q", "MF", "W"));
      case UNKNOWN_CATEGORY -> dice.pick(List.of("PERP", "SUSP", "POI"));
      case UNPARSEABLE_PHONE -> dice.pick(List.of("call me", "ask at reception", "ring after 6pm"));
      case INVALID_EMAIL ->
          dice.pick(List.of(family + " at mail.example", family + "@@mail.example", family + "@"));
      case UNKNOWN_COUNTRY -> dice.pick(List.of("Atlantis", "Narnia", "Zubrowka"));
      case MALFORMED_IDENTIFIER ->
          dice.chance(0.5)
              ? "PASSPORT-" + dice.pattern("###")
              : "PASSPORT " + dice.pattern("#########");
      case UNKNOWN_IDENTIFIER_TYPE -> dice.pick(List.of("PASSPRT", "SSN", "LICENSE"));
      case UNKNOWN_GRADING -> dice.pick(List.of("Z", "G", "9", "0"));
      case MALFORMED_TIMESTAMP ->
          dice.pick(List.of("last Tuesday", "02/03/2024 10:15", "yesterday 14:00"));
      case UNKNOWN_NETWORK -> dice.pick(List.of("surface", "grey"));
      case INCOMPLETE_WALLET -> "";
    };
  }
}
