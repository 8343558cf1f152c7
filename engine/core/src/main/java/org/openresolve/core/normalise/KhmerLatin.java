package org.openresolve.core.normalise;

/**
 * Khmer words to Latin the way Cambodian names are usually spelt in passports and English records
 * (close to the UNGEGN system without its diacritics), since ICU has no Khmer transliterator and
 * its {@code Any-Latin} leaves Khmer as it is. Khmer writes a syllable as a consonant, consonants
 * stacked under it (after the sign ្), a vowel sign and a final consonant; a vowel sign reads
 * differently after the two series of consonants (ា is "a" after ច, "ea" after ជ: ចាន់ "chan", ជា
 * "chea"), and the signs ៉ and ៊ move a consonant to the other series. The reading, per word:
 *
 * <ul>
 *   <li>a consonant with a vowel sign, or a stack, starts a syllable: its consonants, then the
 *       vowel of its series (សុខា "sokha", ស្រី "srey");
 *   <li>a bare consonant after a syllable still open is that syllable's final (ពេជ្រ "pech", គីម
 *       "kim"); otherwise it starts a syllable with the series' inherent vowel, "a" or "o";
 *   <li>ំ is "m" after a vowel ("am" on a bare consonant: សំណាង "samnang"), ះ "h", ៌ "r"; a
 *       consonant under ៍ or ៏ is silent; ់ and other marks are left out.
 * </ul>
 *
 * Characters of other scripts pass through unchanged. Stateless and thread-safe.
 */
final class KhmerLatin {
  private static final int FIRST_CONSONANT = 0x1780;
  private static final int LAST_CONSONANT = 0x17A2;
  private static final char COENG = '\u17D2';
  private static final char MUUSIKATOAN = '\u17C9'; // to the first series
  private static final char TRIISAP = '\u17CA'; // to the second series
  private static final char NIKAHIT = '\u17C6';
  private static final char REAHMUK = '\u17C7';
  private static final char ROBAT = '\u17CC';

  // U+1780..U+17A2: initial sound, and whether it is of the second (o) series.
  private static final String[] CONSONANTS = {
    "k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh", "d", "th", "d", "th", "n", "t",
    "th", "t", "th", "n", "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "s", "s", "s", "h", "l", ""
  };
  private static final String SECOND_SERIES = "គឃងជឈញឌឍទធនពភមយរលវ";
  // The sound of a consonant closing a syllable, where it differs.
  private static final String FINALS =
      "ដ=t,ឌ=t,ប=p,ព=p,ភ=p,ទ=t,ធ=t,ត=t,ថ=t,គ=k,ខ=k,ឃ=k,ជ=ch,ឆ=ch,ឈ=ch,ស=s,អ=";

  // Vowel signs U+17B6..U+17C5: first series, second series.
  private static final String[][] VOWELS = {
    {"a", "ea"},
    {"e", "i"},
    {"ey", "i"},
    {"oe", "ue"},
    {"eu", "eu"},
    {"o", "u"},
    {"ou", "u"},
    {"uo", "uo"},
    {"aeu", "eu"},
    {"oea", "oea"},
    {"ie", "ie"},
    {"e", "e"},
    {"ae", "e"},
    {"ai", "ey"},
    {"ao", "o"},
    {"au", "ov"}
  };

  // Independent vowels U+17A3..U+17B3.
  private static final String[] INDEPENDENT = {
    "a", "a", "e", "ei", "o", "ou", "ou", "ov", "rue", "rue", "lue", "lue", "ae", "ai", "ao", "ao",
    "au"
  };

  private KhmerLatin() {}

  static boolean isKhmer(int cp) {
    return cp >= 0x1780 && cp <= 0x17FF;
  }

  /** The text with its Khmer words in Latin letters, the rest unchanged. */
  static String transliterate(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    int i = 0;
    while (i < text.length()) {
      if (!isKhmer(text.charAt(i))) {
        out.append(text.charAt(i++));
        continue;
      }
      int end = i;
      while (end < text.length() && isKhmer(text.charAt(end))) {
        end++;
      }
      word(text.substring(i, end), out);
      i = end;
    }
    return out.toString();
  }

  /** One run of Khmer letters. */
  private static void word(String w, StringBuilder out) {
    boolean open = false;
    int i = 0;
    while (i < w.length()) {
      char c = w.charAt(i);
      if (c >= 0x17A3 && c <= 0x17B3) {
        out.append(INDEPENDENT[c - 0x17A3]);
        open = true;
        i++;
        continue;
      }
      if (c < FIRST_CONSONANT || c > LAST_CONSONANT) {
        i++; // a mark without a consonant, a digit or a sign of punctuation
        continue;
      }
      // The syllable unit: a consonant, its stacked consonants and its signs.
      StringBuilder sound = new StringBuilder(CONSONANTS[c - FIRST_CONSONANT]);
      boolean second = SECOND_SERIES.indexOf(c) >= 0;
      String vowel = null;
      boolean nikahit = false;
      boolean reahmuk = false;
      boolean silent = false;
      int j = i + 1;
      while (j < w.length() && (w.charAt(j) < FIRST_CONSONANT || w.charAt(j) > 0x17B3)) {
        char m = w.charAt(j);
        if (m == COENG
            && j + 1 < w.length()
            && w.charAt(j + 1) >= FIRST_CONSONANT
            && w.charAt(j + 1) <= LAST_CONSONANT) {
          sound.append(CONSONANTS[w.charAt(j + 1) - FIRST_CONSONANT]);
          j += 2;
          continue;
        }
        if (m == MUUSIKATOAN) {
          second = false;
        } else if (m == TRIISAP) {
          second = true;
        } else if (m >= 0x17B6 && m <= 0x17C5) {
          vowel = (vowel == null ? "" : vowel) + VOWELS[m - 0x17B6][second ? 1 : 0];
        } else if (m == NIKAHIT) {
          nikahit = true;
        } else if (m == REAHMUK) {
          reahmuk = true;
        } else if (m == ROBAT) {
          sound.append('r');
        } else if (m == '\u17CD' || m == '\u17CF') {
          silent = true;
        }
        j++;
      }
      i = j;
      if (silent) {
        continue;
      }
      boolean bare = vowel == null && !nikahit && !reahmuk;
      if (bare && open) {
        out.append(finalSound(c));
        open = false;
        continue;
      }
      out.append(sound);
      if (vowel != null) {
        out.append(vowel);
      } else if (bare || reahmuk) {
        out.append(second ? "o" : "a");
      } else {
        out.append(second ? "u" : "a"); // a bare consonant with ំ: សំ "sam", ទំ "tum"
      }
      if (nikahit) {
        out.append('m');
      }
      if (reahmuk) {
        out.append('h');
      }
      open = !nikahit && !reahmuk;
    }
  }

  private static String finalSound(char c) {
    int at = FINALS.indexOf(c + "=");
    if (at < 0) {
      return CONSONANTS[c - FIRST_CONSONANT];
    }
    int end = FINALS.indexOf(',', at);
    return FINALS.substring(at + 2, end < 0 ? FINALS.length() : end);
  }
}
