package org.openresolve.core.normalise;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * Words of the Brahmic scripts ICU reads in scholarly schemes (ISO 15919 for Indian scripts, ISO
 * 11940 for Thai), brought to the spellings Indian, Bangladeshi, Sri Lankan and Thai names have in
 * passports and English records. Each word is read on its own with {@code Any-Latin}, then:
 *
 * <ul>
 *   <li>Devanagari, Bengali, Gurmukhi, Gujarati: the inherent vowel of a final consonant is not
 *       spoken and not written (राहुल "rahul", not "rahula"), unless the consonant ends a cluster
 *       (कृष्ण "krishna"); ś and ṣ are "sh", c is "ch" and ch "chh", r̥ "ri" (सुरेश "suresh",
 *       चौधुरी "chaudhuri");
 *   <li>Tamil: ḻ is "zh", ṟṟ "tr", c "s" but cc "ch" and ñc "nj", ṣ "sh", and k and ṭ between
 *       vowels or after a nasal are voiced, "g" and "d", as they are spoken (முருகன் "murugan",
 *       செல்வம் "selvam");
 *   <li>Thai: a consonant silenced by ์ is left out (ประยุทธ์ "prayut"), อ is silent at the start
 *       of a word and "o" elsewhere, จ is "ch", and the word stays one word where ICU would split
 *       it. The vowels Thai leaves unwritten are not restored (สมชาย "smchay" for Somchai): the
 *       transliteration comparison bridges a left-out vowel.
 * </ul>
 *
 * Not thread-safe: one per thread, as it holds an ICU transliterator.
 */
final class BrahmicLatin {
  private static final char THANTHAKHAT = '\u0E4C';
  private static final Pattern TAMIL_VOICED_K =
      Pattern.compile("(?<=[aeiouāīūēōṅṉṇnm])k(?=[aeiouāīūēō])");
  private static final Pattern TAMIL_VOICED_T =
      Pattern.compile("(?<=[aeiouāīūēōṇ])ṭ(?=[aeiouāīūēō])");

  private final Transliterator anyLatin;

  BrahmicLatin(Transliterator anyLatin) {
    this.anyLatin = anyLatin;
  }

  /** Whether a letter is of a script read here. */
  static boolean handles(int cp) {
    return switch (UScript.getScript(cp)) {
      case UScript.DEVANAGARI,
          UScript.BENGALI,
          UScript.GURMUKHI,
          UScript.GUJARATI,
          UScript.TAMIL,
          UScript.THAI ->
          true;
      default -> false;
    };
  }

  /** The text with each word of a script read here in Latin letters, the rest unchanged. */
  String transliterate(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!handles(cp)) {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int script = UScript.getScript(cp);
      int end = i;
      while (end < text.length()) {
        int c = text.codePointAt(end);
        int s = UScript.getScript(c);
        if (s != script && s != UScript.INHERITED) {
          break;
        }
        end += Character.charCount(c);
      }
      out.append(word(text.substring(i, end), script));
      i = end;
    }
    return out.toString();
  }

  private String word(String w, int script) {
    return switch (script) {
      case UScript.TAMIL -> tamil(anyLatin.transliterate(w));
      case UScript.THAI -> thai(w);
      default -> indian(anyLatin.transliterate(withoutFinalVowel(w)));
    };
  }

  /**
   * A virama after a final consonant that does not end a cluster, so that its vowel is not read.
   */
  private static String withoutFinalVowel(String w) {
    int last = w.length() - 1;
    if (last < 1 || !isConsonant(w.charAt(last))) {
      return w;
    }
    char virama = (char) ((w.charAt(last) & 0xFF80) + 0x4D);
    if (w.charAt(last - 1) == virama) {
      return w;
    }
    return w + virama;
  }

  /**
   * A consonant letter of Devanagari, Bengali, Gurmukhi or Gujarati (each block lays them out
   * alike).
   */
  private static boolean isConsonant(char c) {
    int offset = c & 0x7F;
    return c >= 0x0900
        && c < 0x0B00
        && (offset >= 0x15 && offset <= 0x39 || offset >= 0x58 && offset <= 0x5F);
  }

  private static String indian(String latin) {
    return latin
        .replace("r\u0325", "ri")
        .replace("\u015B", "sh")
        .replace("\u1E63", "sh")
        .replace("ch", "\u0000")
        .replace("c", "ch")
        .replace("\u0000", "chh");
  }

  private static String tamil(String latin) {
    String s = latin.replace("\u1E3B", "zh").replace("\u1E5F\u1E5F", "tr").replace("\u1E63", "sh");
    s =
        s.replace("\u1E6Dc", "t\u0000")
            .replace("cc", "\u0000")
            .replace("\u00F1c", "nj")
            .replace("c", "s")
            .replace("\u0000", "ch");
    s = TAMIL_VOICED_K.matcher(s).replaceAll("g");
    return TAMIL_VOICED_T.matcher(s).replaceAll("d");
  }

  private String thai(String w) {
    StringBuilder spoken = new StringBuilder(w);
    for (int at = spoken.indexOf(String.valueOf(THANTHAKHAT));
        at >= 0;
        at = spoken.indexOf(String.valueOf(THANTHAKHAT))) {
      // The silenced consonant and any vowel sign written between it and the mark.
      int from = at - 1;
      while (from > 0 && !isThaiConsonant(spoken.charAt(from))) {
        from--;
      }
      spoken.delete(Math.max(from, 0), at + 1);
    }
    String latin = anyLatin.transliterate(spoken.toString()).replace(" ", "");
    if (latin.startsWith("x")) {
      latin = latin.substring(1);
    }
    // ISO 11940 writes จ "c" and ช "ch", which names both spell "ch".
    return latin.replace('x', 'o').replaceAll("c(?!h)", "ch");
  }

  private static boolean isThaiConsonant(char c) {
    return c >= 0x0E01 && c <= 0x0E2E;
  }
}
