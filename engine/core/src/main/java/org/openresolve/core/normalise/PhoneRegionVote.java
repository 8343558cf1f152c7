package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The region in which a source writes its phone numbers, as its own numbers written in
 * international form ({@code +44 ...}, {@code 0044 ...}) show it: an export of one country's system
 * writes its foreign numbers with a country code and most of its own without one, so the numbers it
 * does write with the country code tell which country its national-format numbers are in. A region
 * is read only when one country code holds more than half of at least {@value #FEWEST_NUMBERS} such
 * numbers; a mixed source gets none, and keeps reading a national number in its holder's
 * nationality. The region of a country code is its main one ({@code +1} is US, {@code +44} GB):
 * regions of one code share its national format.
 *
 * <p>Counts numbers as they are added; not thread-safe.
 */
public final class PhoneRegionVote {
  /** Fewer international numbers than this say too little about the source. */
  public static final int FEWEST_NUMBERS = 5;

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final Map<Integer, Integer> byCountryCode = new TreeMap<>();
  private int numbers;

  /** Counts a number as written, if it is in international form and has a known country code. */
  public void add(String asWritten) {
    String text = requireNonNull(asWritten, "asWritten is null").strip();
    if (text.startsWith("00")) {
      text = "+" + text.substring(2);
    }
    if (!text.startsWith("+")) {
      return;
    }
    int code;
    try {
      code = util.parse(text, "ZZ").getCountryCode();
    } catch (NumberParseException e) {
      return;
    }
    if (PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(
            util.getRegionCodeForCountryCode(code))
        || "ZZ".equals(util.getRegionCodeForCountryCode(code))) {
      return;
    }
    byCountryCode.merge(code, 1, Integer::sum);
    numbers++;
  }

  /** How many international numbers with a country code of a region were counted. */
  public int numbers() {
    return numbers;
  }

  /** The ISO 3166-1 alpha-2 region most of the numbers are in, when the vote is clear. */
  public Optional<String> region() {
    if (numbers < FEWEST_NUMBERS) {
      return Optional.empty();
    }
    for (Map.Entry<Integer, Integer> e : byCountryCode.entrySet()) {
      if (2 * e.getValue() > numbers) {
        return Optional.of(util.getRegionCodeForCountryCode(e.getKey()));
      }
    }
    return Optional.empty();
  }
}
