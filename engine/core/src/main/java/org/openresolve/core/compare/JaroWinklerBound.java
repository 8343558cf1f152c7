package org.openresolve.core.compare;

/**
 * An upper bound of the Jaro-Winkler similarity of two texts: the Jaro matches can be no more than
 * the letters the two texts have in common (counted with repeats), and the Winkler bonus no more
 * than their common prefix of up to four letters gives. Most pairs of unrelated values fall below a
 * level's threshold on the bound alone, so the full similarity (which scans a window of the other
 * text for every letter) is computed only for pairs that may pass.
 */
final class JaroWinklerBound {
  /**
   * Letters of long texts below this index are counted in a table; a long text with another is not
   * bounded.
   */
  private static final int COUNTED = 128;

  // Texts with at most this product of lengths (names) are matched letter by letter (commonShort).
  private static final int SHORT = 160;
  // Rounding in the similarity's own arithmetic must never put it above the bound.
  private static final double MARGIN = 1e-9;

  private JaroWinklerBound() {}

  /**
   * A value the Jaro-Winkler similarity of {@code a} and {@code b} never exceeds (1 when unknown).
   */
  static double atMost(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return la == lb ? 1 : 0;
    }
    int common = la * lb <= SHORT ? commonShort(a, b) : commonCounted(a, b);
    if (common < 0) {
      return 1;
    }
    if (common == 0) {
      return 0;
    }
    // Transpositions only lower the third term, so it is at most 1.
    double jaro = ((double) common / la + (double) common / lb + 1) / 3;
    int prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return Math.min(1, jaro + 0.1 * prefix * (1 - jaro) + MARGIN);
  }

  /**
   * The letters {@code a} (at most 64 of them) and {@code b} have in common, with repeats: each
   * letter of {@code b} takes the first unused equal letter of {@code a}. For two names this costs
   * less than a table of counts, which would have to be allocated and cleared on every call.
   */
  private static int commonShort(String a, String b) {
    long used = 0;
    int common = 0;
    int la = a.length();
    for (int j = 0; j < b.length(); j++) {
      char c = b.charAt(j);
      for (int i = 0; i < la; i++) {
        if (a.charAt(i) == c && (used & (1L << i)) == 0) {
          used |= 1L << i;
          common++;
          break;
        }
      }
    }
    return common;
  }

  /**
   * As {@link #commonShort}, for longer texts, by counts of letters below {@link #COUNTED}; -1 for
   * any other letter.
   */
  private static int commonCounted(String a, String b) {
    int[] counts = new int[COUNTED];
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (c >= COUNTED) {
        return -1;
      }
      counts[c]++;
    }
    int common = 0;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c >= COUNTED) {
        return -1;
      }
      if (counts[c]-- > 0) {
        common++;
      }
    }
    return common;
  }
}
