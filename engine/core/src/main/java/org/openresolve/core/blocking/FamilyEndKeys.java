package org.openresolve.core.blocking;

import java.util.Set;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.KeyFunction;

/**
 * The keys of {@link KeyFunction#FAMILY_NAME_ENDS_AND_INITIAL}: the first and the last {@link
 * #END_LENGTH} letters of each family name, each with the forename's initial. One typo leaves at
 * least one end of a name of eight letters or more intact, and most of a shorter one.
 */
final class FamilyEndKeys {
  static final int END_LENGTH = 4;

  /**
   * The letter each digit looks like, which OCR and hurried typists confuse: 0 o, 1 l, 5 s, 8 b...
   */
  private static final String DIGITS = "0123456789";

  private static final String LOOK_ALIKES = "olzeasgtbg";

  private FamilyEndKeys() {}

  static void add(MatchView v, Set<String> keys) {
    for (MatchView.Name n : v.names()) {
      if (n.family() == null || n.forename() == null) {
        continue;
      }
      String family = letters(n.family());
      String forename = letters(n.forename());
      if (family.length() < 2 || forename.isEmpty()) {
        continue;
      }
      char initial = forename.charAt(0);
      // A name no longer than an end is its own first and last letters: one key.
      keys.add(family.substring(0, Math.min(END_LENGTH, family.length())) + "<" + initial);
      if (family.length() > END_LENGTH) {
        keys.add(family.substring(family.length() - END_LENGTH) + ">" + initial);
      }
    }
  }

  /** Lower-case letters, digits read as the letters they look like, nothing else. */
  static String letters(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int digit = DIGITS.indexOf(c);
      if (digit >= 0) {
        b.append(LOOK_ALIKES.charAt(digit));
      } else if (Character.isLetter(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
