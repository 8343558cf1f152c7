package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Pattern;
import org.openresolve.model.FieldIssueReason;

/**
 * Countries, as codes, names or nationality adjectives, to ISO 3166-1 alpha-2. Looked up, after
 * folding case, accents and punctuation, in one table built from three sources, a later one winning
 * a clash:
 *
 * <ol>
 *   <li>the JDK's English country names ({@code Locale#getDisplayCountry}): "Russia", "Czechia";
 *   <li>{@code country-aliases.tsv}: other names, abbreviations and nationality adjectives ("UK",
 *       "Ivory Coast", "Russian", "British"), and Kosovo, which has the user-assigned code XK;
 *   <li>the ISO alpha-2 and alpha-3 codes themselves ({@code Locale#getISOCountries}).
 * </ol>
 *
 * Thread-safe: the table is built once and never changes.
 */
public final class CountryNormaliser {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("[.'’‘`]");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
  private static final Map<String, String> CODES = build();

  private CountryNormaliser() {}

  public static Parsed<String> toAlpha2(String codeOrName) {
    requireNonNull(codeOrName, "codeOrName is null");
    String code = CODES.get(key(codeOrName));
    if (code == null) {
      return Parsed.bad(FieldIssueReason.UNKNOWN_COUNTRY, "unknown country '" + codeOrName + "'");
    }
    return Parsed.ok(code);
  }

  /**
   * The lookup form: "Côte d’Ivoire" and "cote d'ivoire" are "cote divoire", "Bosnia & Herzegovina"
   * is "bosnia and herzegovina", "The Gambia" and "Gambia, The" are "gambia".
   */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
    s = DROPPED.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    if (s.endsWith(" the")) {
      s = s.substring(0, s.length() - 4);
    }
    return s;
  }

  private static Map<String, String> build() {
    Map<String, String> codes = new HashMap<>();
    String[] isoCountries = Locale.getISOCountries();
    for (String alpha2 : isoCountries) {
      Locale region = new Locale.Builder().setRegion(alpha2).build();
      String name = region.getDisplayCountry(Locale.ENGLISH);
      codes.put(key(name), alpha2);
      // "Myanmar (Burma)" is also written "Myanmar".
      int bracket = name.indexOf(" (");
      if (bracket > 0) {
        codes.put(key(name.substring(0, bracket)), alpha2);
      }
    }
    for (String[] alias : TsvResource.pairs("country-aliases.tsv")) {
      if (!ALPHA2.matcher(alias[1]).matches()) {
        throw new IllegalStateException(
            "country-aliases.tsv: '" + alias[1] + "' is no alpha-2 code");
      }
      codes.put(key(alias[0]), alias[1]);
    }
    for (String alpha2 : isoCountries) {
      codes.put(key(alpha2), alpha2);
      try {
        codes.put(key(new Locale.Builder().setRegion(alpha2).build().getISO3Country()), alpha2);
      } catch (MissingResourceException e) {
        // The JDK knows no alpha-3 for this region; its alpha-2 and name still resolve.
      }
    }
    return Map.copyOf(codes);
  }
}
