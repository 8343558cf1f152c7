package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Set;
import org.openresolve.model.FieldIssueReason;

/**
 * Phone numbers as written to E.164 ({@code +79161234567}). The chain:
 *
 * <ol>
 *   <li>trim; an international prefix {@code 00} becomes {@code +}, so that it is understood
 *       whatever the default region's own exit code is;
 *   <li>libphonenumber parses the number, with the default region for numbers written without a
 *       country code (with region RU, {@code 8 916 123-45-67} is {@code +7 916 123 45 67});
 *   <li>numbers of a length no number of that country can have are refused. Numbers that are
 *       possible but not assigned ({@code isValidNumber}) are kept: the metadata lags behind new
 *       number ranges, and a refused real number loses a match for good.
 * </ol>
 *
 * Extensions are dropped. Thread-safe: libphonenumber's {@link PhoneNumberUtil} is.
 */
public final class PhoneNormaliser {
  private static final String UNKNOWN_REGION = "ZZ";

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final String defaultRegion;

  /**
   * @param defaultRegion ISO 3166-1 alpha-2 region of numbers written without a country code, or
   *     null (or blank) when the source has no such region: such numbers are then bad. So they are
   *     too for the few uninhabited regions without a numbering plan (AQ, BV, GS, HM, PN, TF, UM).
   * @throws IllegalArgumentException when {@code defaultRegion} is no ISO 3166-1 alpha-2 code
   */
  public PhoneNormaliser(String defaultRegion) {
    if (defaultRegion == null || defaultRegion.isBlank()) {
      this.defaultRegion = UNKNOWN_REGION;
    } else {
      String region = defaultRegion.strip().toUpperCase(Locale.ROOT);
      if (!region.equals("XK") && !Set.of(Locale.getISOCountries()).contains(region)) {
        throw new IllegalArgumentException("unknown phone region '" + defaultRegion + "'");
      }
      this.defaultRegion = util.getSupportedRegions().contains(region) ? region : UNKNOWN_REGION;
    }
  }

  /**
   * The region a source's phone numbers default to, as written in a mapping file or on the command
   * line: an ISO 3166-1 alpha-2 code or any name or alias the country list knows ("UK" and "United
   * Kingdom" are GB), the same in both places.
   *
   * @throws IllegalArgumentException naming the value when it is no country
   */
  public static String region(String written) {
    Parsed<String> country = CountryNormaliser.toAlpha2(requireNonNull(written, "written is null"));
    if (!country.isOk()) {
      throw new IllegalArgumentException(
          "'" + written + "' is not a country; use an ISO 3166 alpha-2 code such as GB or FR");
    }
    return country.orNull();
  }

  public Parsed<String> toE164(String asWritten) {
    String text = requireNonNull(asWritten, "asWritten is null").strip();
    if (text.startsWith("00")) {
      text = "+" + text.substring(2);
    }
    PhoneNumber number;
    try {
      number = util.parse(text, defaultRegion);
    } catch (NumberParseException e) {
      return Parsed.bad(
          FieldIssueReason.UNPARSEABLE_PHONE,
          "cannot parse phone number '" + asWritten + "': " + reason(e, text));
    }
    if (!util.isPossibleNumber(number)) {
      return Parsed.bad(
          FieldIssueReason.UNPARSEABLE_PHONE,
          "impossible phone number '"
              + asWritten
              + "': wrong length for country code +"
              + number.getCountryCode());
    }
    return Parsed.ok(util.format(number, PhoneNumberFormat.E164));
  }

  private static String reason(NumberParseException e, String text) {
    return switch (e.getErrorType()) {
      case INVALID_COUNTRY_CODE ->
          text.startsWith("+") ? "unknown country code" : "no country code and no default region";
      case NOT_A_NUMBER -> "not a phone number";
      case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short";
      case TOO_LONG -> "too long";
    };
  }
}
