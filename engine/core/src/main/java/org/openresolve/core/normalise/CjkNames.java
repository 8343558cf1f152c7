package org.openresolve.core.normalise;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a Chinese, Japanese or Korean name splits into family and given name. These names are
 * written family name first, often without a space: the family name is then the first character
 * (Chinese) or syllable block (Korean), or two of them for the few known compound surnames.
 *
 * <p>What cannot be told from the text alone: a Japanese name in kanji without a space (山田太郎) looks
 * like a Chinese one and is split after the first character; kana without a space is not split at
 * all.
 */
final class CjkNames {
  private static final Set<String> SCRIPTS = Set.of("Hani", "Hang", "Hira", "Kana");

  private static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容",
          "令狐", "夏侯", "长孙", "長孫", "宇文", "司徒", "轩辕", "軒轅", "端木", "独孤", "獨孤", "南宫", "南宮", "西门", "西門",
          "남궁", "황보", "제갈", "선우", "독고", "사공", "서문");

  /**
   * Korean surnames as passports spell them. Revised Romanization, which ICU follows, writes 김, 이
   * and 박 as "gim", "i" and "bak", a form no Korean national's documents use.
   */
  private static final Map<String, String> KOREAN_SURNAMES = TsvResource.map("korean-surnames.tsv");

  private CjkNames() {}

  static boolean isCjk(String script) {
    return SCRIPTS.contains(script);
  }

  /**
   * Splits one unspaced Han or Hangul word into {family, given}, or returns null when it cannot be
   * split (a single character, or kana).
   */
  static List<String> splitWord(String word) {
    int count = word.codePointCount(0, word.length());
    if (count < 2 || !isHanOrHangul(word)) {
      return null;
    }
    int familyLength = word.offsetByCodePoints(0, 1);
    if (count > 2 && COMPOUND_SURNAMES.contains(word.substring(0, word.offsetByCodePoints(0, 2)))) {
      familyLength = word.offsetByCodePoints(0, 2);
    }
    return List.of(word.substring(0, familyLength), word.substring(familyLength));
  }

  /** The passport spelling of a Korean surname in Hangul, or null. */
  static String koreanSurname(String hangul) {
    return KOREAN_SURNAMES.get(hangul);
  }

  private static boolean isHanOrHangul(String word) {
    return word.codePoints()
        .allMatch(
            cp -> {
              Character.UnicodeScript s = Character.UnicodeScript.of(cp);
              return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL;
            });
  }
}
