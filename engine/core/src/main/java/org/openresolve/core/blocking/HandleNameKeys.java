package org.openresolve.core.blocking;

import java.util.Set;
import org.openresolve.core.compare.HandleTexts;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.KeyFunction;

/**
 * The keys of {@link KeyFunction#NAME_IN_HANDLE}. A record with a family name keys {@code
 * family|initial}, letters only. A record without one, or with only its initial ("Rob T."), keys
 * every family name and initial its handles, e-mail local parts and unparted names could spell:
 * each prefix and suffix of at least {@link #MIN_FAMILY_LENGTH} letters, with the letter just
 * beside it or the text's first letter (a full name written together) as the initial.
 *
 * <p>Only the key reads the handle of a record with a family initial: once met, the name
 * comparisons weigh its given name and initial, which say what the handle would say again.
 */
final class HandleNameKeys {
  /** Shorter family names are inside too many handles by chance. */
  static final int MIN_FAMILY_LENGTH = 4;

  private HandleNameKeys() {}

  static void add(MatchView v, Set<String> keys) {
    boolean named = givesFamilyName(v);
    for (MatchView.Name n : v.names()) {
      if (n.family() != null) {
        String family = HandleTexts.letters(n.family());
        String forename = n.forename() == null ? "" : HandleTexts.letters(n.forename());
        if (family.length() >= MIN_FAMILY_LENGTH && !forename.isEmpty()) {
          keys.add(family + "|" + forename.charAt(0));
        }
      }
    }
    if (named) {
      return;
    }
    for (String text : HandleTexts.of(v)) {
      spell(text, keys);
    }
    // A given name without a family name may still be a full name written together.
    for (MatchView.Name n : v.names()) {
      if (n.given() != null) {
        spell(HandleTexts.letters(n.full()), keys);
      }
    }
  }

  /**
   * Whether a name gives a family name of more than one letter ("Rob T." gives only an initial).
   */
  private static boolean givesFamilyName(MatchView v) {
    for (MatchView.Name n : v.names()) {
      if (n.family() != null && HandleTexts.letters(n.family()).length() > 1) {
        return true;
      }
    }
    return false;
  }

  private static void spell(String text, Set<String> keys) {
    int n = text.length();
    for (int i = 1; i + MIN_FAMILY_LENGTH <= n; i++) {
      String suffix = text.substring(i);
      keys.add(suffix + "|" + text.charAt(i - 1));
      keys.add(suffix + "|" + text.charAt(0));
    }
    for (int j = MIN_FAMILY_LENGTH; j < n; j++) {
      keys.add(text.substring(0, j) + "|" + text.charAt(j));
    }
  }
}
