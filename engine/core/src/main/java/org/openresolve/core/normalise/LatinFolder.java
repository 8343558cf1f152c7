package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.openresolve.core.memo.RecentAnswers;

/**
 * Folds text in any script to plain lower-case ASCII words, the matching form shared by names and
 * addresses. The chain, in order:
 *
 * <ol>
 *   <li>NFKC: full-width forms, ligatures, Arabic presentation forms and odd spaces become plain
 *       characters;
 *   <li>script-specific transliteration, chosen because ICU's generic {@code Any-Latin} uses
 *       scholarly schemes (ISO 9 turns Юлия into "ulia") that no passport or report uses:
 *       <ul>
 *         <li>Cyrillic: BGN/PCGN ({@code Russian-Latin/BGN}, or the Ukrainian, Belarusian, Serbian
 *             or Kazakh table when letters peculiar to that language occur);
 *         <li>Greek: {@code Greek-Latin/UNGEGN} (modern pronunciation: Ελένη becomes "eleni");
 *         <li>Arabic script: {@link ArabicLatin} (long vowels kept, English-style digraphs);
 *         <li>Han: {@code Han-Latin/Names} (pinyin with surname readings, one word per character);
 *         <li>Khmer: {@link KhmerLatin} (ICU has no Khmer transliterator);
 *         <li>Ethiopic: {@link EthiopicLatin} (the vowels of passport spellings: Abebe, Gebre);
 *         <li>Devanagari, Bengali, Gurmukhi, Gujarati, Tamil and Thai: {@link BrahmicLatin}, ICU
 *             word by word with the spellings names have in English records (Rahul, Suresh,
 *             Murugan, Prayut);
 *       </ul>
 *   <li>{@code Any-Latin} for the letters of every other script (Hebrew, Hangul, kana among them);
 *   <li>NFD; non-spacing marks removed, and with them the modifier letters for soft sign, hard sign
 *       and ayn, apostrophes and the BGN separator dot, so that O'Brien and OBrien, Olʹga and Olga
 *       agree;
 *   <li>{@code Latin-ASCII} for what is still not ASCII (ß to ss, Ø to o, Þ to th);
 *   <li>lower case, digits of any script to ASCII digits, every other character that is not a
 *       letter or digit to a space, spaces collapsed and trimmed.
 * </ol>
 *
 * <p>Hebrew stays a consonant skeleton (ICU writes no unwritten vowels), and Han text is always
 * read as Mandarin, also when it is a Japanese name.
 *
 * <p>Thread-safe. ICU transliterators are not, and a shared one would also serialise callers, so
 * each thread gets its own, built on first use: Han-Latin alone takes a fifth of a second to build.
 * ICU is skipped where it is not needed: ASCII text goes straight to the last step, and accented
 * Latin needs {@code Latin-ASCII} only for letters such as ß that do not decompose.
 */
final class LatinFolder {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  // Static: one set per thread for the whole JVM, not per folder, since every reader (every Spark
  // task) makes its own normaliser and would otherwise build Han-Latin again.
  private static final ThreadLocal<Transliterators> PER_THREAD =
      ThreadLocal.withInitial(Transliterators::new);

  // Names and places repeat across records: a thread transliterates each recent one once.
  private static final RecentAnswers<String, String> RECENT = new RecentAnswers<>(1 << 14);

  /** The folded form of {@code text}; empty when nothing but punctuation and marks is left. */
  String fold(String text) {
    requireNonNull(text, "text is null");
    if (isAscii(text)) {
      return finish(text);
    }
    return RECENT.get(text, LatinFolder::transliterated);
  }

  private static String transliterated(String text) {
    // NFKC would make the spacing acute of "O´Brien" a space and a combining mark.
    String s = NFKC.normalize(text.replace('\u00B4', '\''));
    Transliterators t = PER_THREAD.get();
    int cyrillicFlavour = 0;
    boolean greek = false;
    boolean arabic = false;
    boolean han = false;
    boolean khmer = false;
    boolean ethiopic = false;
    boolean brahmic = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (UScript.getScript(cp)) {
        case UScript.CYRILLIC -> cyrillicFlavour = Math.max(cyrillicFlavour, cyrillicFlavour(cp));
        case UScript.GREEK -> greek = true;
        case UScript.ARABIC -> arabic = true;
        case UScript.HAN -> han = true;
        case UScript.KHMER -> khmer = true;
        case UScript.ETHIOPIC -> ethiopic = true;
        default -> brahmic |= BrahmicLatin.handles(cp);
      }
    }
    if (arabic) {
      s = ArabicLatin.transliterate(s);
    }
    if (cyrillicFlavour > 0) {
      s = t.cyrillic(cyrillicFlavour).transliterate(s);
    }
    if (greek) {
      s = t.greek().transliterate(s);
    }
    if (han) {
      s = t.han().transliterate(s);
    }
    if (khmer) {
      s = KhmerLatin.transliterate(s);
    }
    if (ethiopic) {
      s = EthiopicLatin.transliterate(s);
    }
    if (brahmic) {
      s = t.brahmic().transliterate(s);
    }
    // Also catches Cyrillic letters of languages without a table of their own, such as Tatar җ.
    if (hasNonLatinLetter(s)) {
      s = t.anyLatin().transliterate(s);
    }
    // ICU's schwa (Ethiopic rows left to it) has no ASCII form of its own.
    s = stripMarks(NFD.normalize(s)).replace('\u01DD', 'e');
    return finish(isAscii(s) ? s : t.latinAscii().transliterate(s));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasNonLatinLetter(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp) && UScript.getScript(cp) != UScript.LATIN) {
        return true;
      }
    }
    return false;
  }

  /**
   * 1 Russian (also the default for Bulgarian and other Cyrillic text), 2 Serbian, 3 Belarusian, 4
   * Ukrainian, 5 Kazakh: a higher number wins, since Kazakh also writes the Ukrainian і.
   */
  private static int cyrillicFlavour(int cp) {
    return switch (Character.toLowerCase(cp)) {
      case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ' -> 5;
      case 'і', 'ї', 'є', 'ґ' -> 4;
      case 'ў' -> 3;
      case 'ј', 'љ', 'њ', 'ђ', 'ћ', 'џ' -> 2;
      default -> 1;
    };
  }

  private static String stripMarks(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDropped(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isDropped(char c) {
    return switch (c) {
      case '\'',
          '`',
          '\u00B7',
          '\u02B9',
          '\u02BA',
          '\u02BB',
          '\u02BC',
          '\u02BE',
          '\u02BF',
          '\u2018',
          '\u2019',
          '\u2032' ->
          true;
      default -> Character.getType(c) == Character.NON_SPACING_MARK;
    };
  }

  private static String finish(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\'' || cp == '`') {
        continue;
      }
      int digit = Character.digit(cp, 10);
      if (digit >= 0 || Character.isLetter(cp)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        if (digit >= 0) {
          out.append((char) ('0' + digit));
        } else {
          out.appendCodePoint(Character.toLowerCase(cp));
        }
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /** One thread's transliterators, each built when first needed. */
  private static final class Transliterators {
    private final Transliterator[] cyrillic = new Transliterator[6];
    private Transliterator greek;
    private Transliterator han;
    private Transliterator anyLatin;
    private Transliterator latinAscii;
    private BrahmicLatin brahmic;

    Transliterator cyrillic(int flavour) {
      if (cyrillic[flavour] == null) {
        String id =
            switch (flavour) {
              case 2 -> "Serbian-Latin/BGN";
              case 3 -> "Belarusian-Latin/BGN";
              case 4 -> "Ukrainian-Latin/BGN";
              case 5 -> "Kazakh-Latin/BGN";
              default -> "Russian-Latin/BGN";
            };
        cyrillic[flavour] = Transliterator.getInstance(id);
      }
      return cyrillic[flavour];
    }

    Transliterator greek() {
      if (greek == null) {
        greek = Transliterator.getInstance("Greek-Latin/UNGEGN");
      }
      return greek;
    }

    Transliterator han() {
      if (han == null) {
        han = Transliterator.getInstance("Han-Latin/Names");
      }
      return han;
    }

    Transliterator anyLatin() {
      if (anyLatin == null) {
        anyLatin = Transliterator.getInstance("Any-Latin");
      }
      return anyLatin;
    }

    BrahmicLatin brahmic() {
      if (brahmic == null) {
        brahmic = new BrahmicLatin(anyLatin());
      }
      return brahmic;
    }

    Transliterator latinAscii() {
      if (latinAscii == null) {
        latinAscii = Transliterator.getInstance("Latin-ASCII");
      }
      return latinAscii;
    }
  }
}
