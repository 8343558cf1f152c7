package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openresolve.model.Address;

/**
 * Free-text addresses to a folded form in which "12 Baker St." and "12 baker street" agree. The
 * chain for the address text:
 *
 * <ol>
 *   <li>split at commas, semicolons and line breaks, so that a word's neighbours are its own
 *       part's;
 *   <li>each part folded by {@link LatinFolder} (any script to lower-case ASCII words: "улица
 *       Ленина" becomes "ulitsa lenina", "Hauptstraße" "hauptstrasse");
 *   <li>abbreviations expanded from {@code street-abbreviations.tsv} ("rd" to "road", "ul" to
 *       "ulitsa"); "st" is "saint" before a name ("St Mary Road") and "street" elsewhere ("Baker
 *       St", "5th St NW"); a German compound ending in "str" gets its "asse" back ("hauptstr");
 *   <li>the words of all parts joined by single spaces.
 * </ol>
 *
 * The locality goes through the same chain ("St. Petersburg" is "saint petersburg"), the postcode
 * is upper-cased without spaces, the country passed through. Thread-safe; build one per partition,
 * as it keeps per-thread ICU transliterators.
 */
public final class AddressNormaliser {
  private static final Pattern PARTS = Pattern.compile("[,;\\r\\n]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Map<String, String> ABBREVIATIONS =
      TsvResource.map("street-abbreviations.tsv");
  private static final Set<String> EXPANSIONS = Set.copyOf(ABBREVIATIONS.values());

  private final LatinFolder folder = new LatinFolder();

  public AddressNormaliser() {}

  /**
   * @param asWritten the address as written
   * @param locality the town or city when the source gives it apart, else null
   * @param postcode the postcode when the source gives it apart, else null
   * @param country an ISO 3166-1 alpha-2 code, or null
   */
  public Address normalise(String asWritten, String locality, String postcode, String country) {
    requireNonNull(asWritten, "asWritten is null");
    String code = postcode == null ? null : WHITESPACE.matcher(postcode).replaceAll("");
    return new Address(
        asWritten,
        normaliseText(asWritten),
        blankToNull(locality == null ? null : normaliseText(locality)),
        blankToNull(code == null ? null : code.toUpperCase(Locale.ROOT)),
        blankToNull(country == null ? null : country.strip()));
  }

  /** Steps 1 to 4 of the chain. */
  private String normaliseText(String text) {
    StringBuilder normalised = new StringBuilder(text.length());
    for (String part : PARTS.split(text)) {
      String folded = folder.fold(part);
      if (!folded.isEmpty()) {
        String[] words = folded.split(" ");
        for (int i = 0; i < words.length; i++) {
          if (normalised.length() > 0) {
            normalised.append(' ');
          }
          normalised.append(expand(words[i], i + 1 < words.length ? words[i + 1] : null));
        }
      }
    }
    return normalised.toString();
  }

  private static String expand(String word, String next) {
    if (word.equals("st")) {
      boolean beforeName =
          next != null
              && Character.isLetter(next.charAt(0))
              && !ABBREVIATIONS.containsKey(next)
              && !EXPANSIONS.contains(next);
      return beforeName ? "saint" : "street";
    }
    String expanded = ABBREVIATIONS.get(word);
    if (expanded != null) {
      return expanded;
    }
    if (word.length() > 3 && word.endsWith("str") && word.chars().allMatch(Character::isLetter)) {
      return word + "asse";
    }
    return word;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
