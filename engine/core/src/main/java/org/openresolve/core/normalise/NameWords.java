package org.openresolve.core.normalise;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed word lists of name parsing, all in folded form: honorifics (moved to the title, listed
 * in {@code name-titles.tsv}), generational suffixes (moved to the suffix) and particles (kept with
 * the name word that follows).
 */
public final class NameWords {
  /** Folded spelling to canonical title: Sheikh, Shaikh and Shaykh are one title. */
  private static final Map<String, String> TITLES = TsvResource.map("name-titles.tsv");

  private static final Map<String, String> SUFFIXES =
      Map.of(
          "jr", "jr", "jnr", "jr", "junior", "jr", "sr", "sr", "snr", "sr", "senior", "sr", "ii",
          "ii", "iii", "iii", "iv", "iv");

  /**
   * Words that belong to the name word after them: "van der Berg", "de la Cruz", "bin Laden", "al
   * Rashid", and the "abd" (servant of) of "Abd al-Rahman" and "Abdul Karim". The Spanish
   * conjunction "y" is left out: it joins two family names, and "Garcia y Lopez" would otherwise
   * lose "Garcia" to the given names.
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "vom", "zu", "zum", "zur", "der", "den", "ter", "ten", "op", "de", "del",
          "della", "dalla", "degli", "di", "da", "du", "des", "la", "le", "lo", "los", "las", "dos",
          "das", "do", "af", "ap", "bin", "ibn", "bint", "binti", "ben", "al", "el", "abu", "abd",
          "abdul", "abdel", "abdal", "abdoul", "abdur", "abdus");

  /**
   * East Slavic patronymics, in the spellings transliteration gives them: Russian -ovich / -evich /
   * -ovna / -evna / -ichna (Sergeyevich, Ilyinichna), Ukrainian -ovych / -evych / -ivna (Petrovych,
   * Ivanivna), Belarusian -avich / -auna / -euna; plus the few old male forms in plain -ich
   * (Ilyich, Kuzmich, Fomich, Lukich, Nikitich, Savvich). Plain -ich alone is not enough:
   * Friedrich, Aldrich and Ulrich are given names.
   */
  private static final Pattern PATRONYMIC =
      Pattern.compile(
          "[a-z]{2,}(ovich|evich|ovych|evych|avich|ovitch|evitch|ovna|evna|ichna|ivna|yivna|avna|auna|euna)"
              + "|ilyich|ilich|kuzmich|fomich|lukich|nikitich|savvich|ilyinichna|kuzminichna");

  private NameWords() {}

  /**
   * Whether a folded word reads as an East Slavic patronymic (a middle name, never a family name).
   */
  public static boolean isPatronymic(String folded) {
    return folded.indexOf(' ') < 0 && PATRONYMIC.matcher(folded).matches();
  }

  /** The canonical title for a folded word, or null when it is no title. */
  static String title(String folded) {
    return TITLES.get(folded);
  }

  /** The canonical suffix ("jr", "sr", "ii", "iii", "iv") for a folded word, or null. */
  static String suffix(String folded) {
    return SUFFIXES.get(folded);
  }

  static boolean isParticle(String folded) {
    return PARTICLES.contains(folded);
  }
}
