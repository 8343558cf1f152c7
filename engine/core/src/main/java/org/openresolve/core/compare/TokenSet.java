package org.openresolve.core.compare;

/**
 * Token-set similarity: the share of the smaller side's distinct words that the other side also
 * has. A value that is a subset of the other scores 1, as with fuzzy token-set ratios, so an
 * address missing its second line or a name missing a middle name still agrees.
 */
final class TokenSet {
  private TokenSet() {}

  static double similarity(String a, String b) {
    // Called for every compared pair: words are found and matched in place, with no split and no
    // set. Values have a few words, so matching each against the other side's is cheap.
    int distinctA = 0;
    int shared = 0;
    for (int i = 0; i < a.length(); ) {
      int end = wordEnd(a, i);
      if (end > i && !occursBefore(a, i, end)) {
        distinctA++;
        if (occursIn(b, a, i, end)) {
          shared++;
        }
      }
      i = end + 1;
    }
    int distinctB = 0;
    for (int i = 0; i < b.length(); ) {
      int end = wordEnd(b, i);
      if (end > i && !occursBefore(b, i, end)) {
        distinctB++;
      }
      i = end + 1;
    }
    if (distinctA == 0 || distinctB == 0) {
      return 0;
    }
    // The words both sides have, over the smaller side's distinct words.
    return (double) shared / Math.min(distinctA, distinctB);
  }

  private static int wordEnd(String s, int from) {
    int end = s.indexOf(' ', from);
    return end < 0 ? s.length() : end;
  }

  /** Whether the word {@code s[start, end)} is also a word of {@code s} before {@code start}. */
  private static boolean occursBefore(String s, int start, int end) {
    for (int i = 0; i < start; ) {
      int e = wordEnd(s, i);
      if (e - i == end - start && s.regionMatches(i, s, start, end - start)) {
        return true;
      }
      i = e + 1;
    }
    return false;
  }

  /** Whether the word {@code w[start, end)} is a word of {@code s}. */
  private static boolean occursIn(String s, String w, int start, int end) {
    for (int i = 0; i < s.length(); ) {
      int e = wordEnd(s, i);
      if (e - i == end - start && s.regionMatches(i, w, start, end - start)) {
        return true;
      }
      i = e + 1;
    }
    return false;
  }
}
