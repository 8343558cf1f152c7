package org.openresolve.core.normalise;

/**
 * Ethiopic (Ge'ez) syllables of Amharic and Tigrinya names to Latin the way passports and English
 * records spell them, instead of ICU's scholarly forms (ገብረ "gabǝra", with letters no ASCII folding
 * knows): a syllable is its consonant and the vowel of its order, 1st "e" (Gebre, Tesfaye), 2nd
 * "u", 3rd "i", 4th "a", 5th "e", 6th none (the sixth order is mostly silent in those spellings:
 * ብርሃኑ "brhanu" for Birhanu), 7th "o", 8th "wa"; the rows of labialised consonants (ጓ) add a "w".
 * The glottal rows አ and ዐ have no consonant, and their first order reads "a" (አበበ "abebe", Abebe),
 * their sixth "e". Syllables after U+1357 pass through unchanged. Stateless and thread-safe.
 */
final class EthiopicLatin {
  private static final int FIRST = 0x1200;
  private static final int LAST = 0x1357;
  private static final String[] ORDER_VOWELS = {"e", "u", "i", "a", "e", "", "o", "wa"};
  // A glottal syllable is its vowel alone, and must keep one: እ is "e" (እስክንድር "eskndr").
  private static final String[] GLOTTAL_VOWELS = {"a", "u", "i", "a", "e", "e", "o", "wa"};

  /** The consonant of each row of eight syllables from U+1200; null for rows left to ICU. */
  private static final String[] ROWS = {
    "h", "l", "h", "m", "s", "r", "s", "sh", // 1200..1238
    "k", "kw", "k", "kw", "b", "v", "t", "ch", // 1240..1278: ቀ (q written k in names), ቈ, ቐ, ቘ
    "h", "hw", "n", "ny", "", "k", "kw", "h", // 1280..12B8
    "hw", "w", "", "z", "zh", "y", "d", "d", // 12C0..12F8
    "j", "g", "gw", "ng", "t", "ch", "p", "ts", // 1300..1338
    "ts", "f", "p" // 1340..1350
  };

  private EthiopicLatin() {}

  /** The text with every known Ethiopic syllable in Latin letters, the rest unchanged. */
  static String transliterate(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      String consonant = cp >= FIRST && cp <= LAST ? row(cp) : null;
      if (consonant == null) {
        out.appendCodePoint(cp);
        continue;
      }
      int order = (cp - FIRST) % 8;
      out.append(consonant);
      out.append(consonant.isEmpty() ? GLOTTAL_VOWELS[order] : ORDER_VOWELS[order]);
    }
    return out.toString();
  }

  private static String row(int cp) {
    int row = (cp - FIRST) / 8;
    return row < ROWS.length ? ROWS[row] : null;
  }
}
