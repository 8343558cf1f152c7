package org.openresolve.core.compare;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Token-set similarity: the share of the smaller side's distinct words that the other side also
 * has. A value that is a subset of the other scores 1, as with fuzzy token-set ratios, so an address
 * missing its second line or a name missing a middle name still agrees.
 */
final class TokenSet {
  private TokenSet() {}

  static double similarity(String a, String b) {
    Set<String> left = words(a);
    Set<String> right = words(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    Set<String> small = left.size() <= right.size() ? left : right;
    Set<String> large = small == left ? right : left;
    int shared = 0;
    for (String word : small) {
      if (large.contains(word)) {
        shared++;
      }
    }
    return (double) shared / small.size();
  }

  private static Set<String> words(String s) {
    Set<String> words = new HashSet<>(Arrays.asList(s.split(" ")));
    words.remove("");
    return words;
  }
}
