package org.openresolve.core.normalise;

import com.ibm.icu.lang.UScript;
import java.util.Map;

/**
 * Arabic-script words (Arabic, Persian, Urdu letters) to Latin, the way English-language records
 * usually spell them, instead of ICU's {@code Arabic-Latin}, which gives consonant skeletons with
 * diacritics (يوسف becomes "ywsf", محمد "mḥmd").
 *
 * <ul>
 *   <li>consonants as English renderings do: ش sh, خ kh, ث th, ذ dh, غ gh, the emphatic letters as
 *       their plain counterparts (ص s, ض d, ط t, ظ z), ق q;
 *   <li>long vowels kept: ا a, و u and ي i between consonants, but w and y at the start of a word,
 *       after a vowel letter or before alif (يوسف yusf, حسين hsin, علي ali, ياسر yasr);
 *   <li>short vowels appear only when the text writes them (مُحَمَّد muhamad, محمد mhmd): Arabic
 *       normally leaves them out, so compare such names on a consonant skeleton or a phonetic key;
 *   <li>ع is silent, except as the first letter before a consonant, where it is nearly always read
 *       "a" (عمر amr, علي ali); ء and its seats carry no letter of their own;
 *   <li>the article ال at the start of a longer word becomes a separate "al" (الرشيد al rshid, as
 *       "Al-Rashid" folds), and a few name words have fixed spellings (بن bin, ابن ibn, عبد abd).
 * </ul>
 *
 * Characters of other scripts pass through unchanged. Stateless and thread-safe.
 */
final class ArabicLatin {
  private static final Map<String, String> WORDS =
      Map.of(
          "بن", "bin", "ابن", "ibn", "بنت", "bint", "عبد", "abd", "الله", "allah", "ابو", "abu",
          "أبو", "abu");

  private static final Map<Character, String> CONSONANTS =
      Map.ofEntries(
          Map.entry('ب', "b"),
          Map.entry('ت', "t"),
          Map.entry('ث', "th"),
          Map.entry('ج', "j"),
          Map.entry('ح', "h"),
          Map.entry('خ', "kh"),
          Map.entry('د', "d"),
          Map.entry('ذ', "dh"),
          Map.entry('ر', "r"),
          Map.entry('ز', "z"),
          Map.entry('س', "s"),
          Map.entry('ش', "sh"),
          Map.entry('ص', "s"),
          Map.entry('ض', "d"),
          Map.entry('ط', "t"),
          Map.entry('ظ', "z"),
          Map.entry('غ', "gh"),
          Map.entry('ف', "f"),
          Map.entry('ق', "q"),
          Map.entry('ك', "k"),
          Map.entry('ل', "l"),
          Map.entry('م', "m"),
          Map.entry('ن', "n"),
          Map.entry('ه', "h"),
          Map.entry('پ', "p"),
          Map.entry('چ', "ch"),
          Map.entry('ژ', "zh"),
          Map.entry('گ', "g"),
          Map.entry('ک', "k"),
          Map.entry('ٹ', "t"),
          Map.entry('ڈ', "d"),
          Map.entry('ڑ', "r"),
          Map.entry('ں', "n"),
          Map.entry('ھ', "h"),
          Map.entry('ہ', "h"));

  private ArabicLatin() {}

  static String transliterate(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && isArabic(text.charAt(end))) {
        end++;
      }
      if (end > i) {
        word(text.substring(i, end).replace("\u0640", ""), out);
        i = end;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  private static boolean isArabic(char c) {
    return isMark(c)
        || c == '\u0640'
        || UScript.getScript(c) == UScript.ARABIC && Character.isLetter(c);
  }

  /**
   * Harakat, shadda, sukun, hamza signs and the dagger alif: script Inherited, not Arabic. The
   * tatweel (U+0640, a stretching stroke of script Common) is kept in the word and dropped there.
   */
  private static boolean isMark(char c) {
    return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
  }

  private static void word(String w, StringBuilder out) {
    String fixed = WORDS.get(w);
    if (fixed != null) {
      out.append(fixed);
      return;
    }
    if (w.startsWith("عبد") && w.length() > 4) {
      out.append("abd ");
      word(w.substring(3), out);
      return;
    }
    if (w.startsWith("ال") && w.length() > 3) {
      out.append("al ");
      w = w.substring(2);
    }
    boolean start = true;
    boolean afterVowel = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = nextLetter(w, i);
      switch (c) {
        case 'ا', 'آ', 'أ', 'ٱ', 'ى', '\u064E', '\u0670' -> vowel(out, 'a');
        case 'إ', '\u0650', 'ئ' -> vowel(out, 'i');
        case '\u064F', 'ؤ' -> vowel(out, 'u');
        case 'ة', 'ۃ' -> out.append(next == 0 ? "a" : "t");
        case 'ے' -> vowel(out, 'e');
        case 'و' -> glide(out, start || afterVowel || next == 'ا', 'w', 'u');
        case 'ي', 'ی' -> glide(out, start || afterVowel || next == 'ا', 'y', 'i');
        case 'ع' -> {
          if (start && next != 0 && !isVowelLetter(next)) {
            vowel(out, 'a');
          }
        }
        default -> {
          // Shadda, sukun, tanwin and hamza signs add nothing.
          String consonant = CONSONANTS.get(c);
          if (consonant != null) {
            out.append(consonant);
          }
        }
      }
      if (!isMark(c)) {
        start = false;
        // A silent ع still separates: the و of عوض is not after a vowel.
        afterVowel = c != 'ع' && out.length() > 0 && isVowel(out.charAt(out.length() - 1));
      }
    }
  }

  /** و and ي are consonants at the start, after a vowel or before alif, else long vowels. */
  private static void glide(StringBuilder out, boolean consonantal, char consonant, char vowel) {
    if (consonantal) {
      out.append(consonant);
    } else {
      vowel(out, vowel);
    }
  }

  /** A written short vowel followed by its long letter (ُو) is one sound. */
  private static void vowel(StringBuilder out, char v) {
    if (out.length() == 0 || out.charAt(out.length() - 1) != v) {
      out.append(v);
    }
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'i' || c == 'u' || c == 'e';
  }

  private static boolean isVowelLetter(char c) {
    return c == 'ا' || c == 'آ' || c == 'و' || c == 'ي' || c == 'ی' || c == 'ى';
  }

  private static char nextLetter(String w, int i) {
    for (int j = i + 1; j < w.length(); j++) {
      if (!isMark(w.charAt(j))) {
        return w.charAt(j);
      }
    }
    return 0;
  }
}
