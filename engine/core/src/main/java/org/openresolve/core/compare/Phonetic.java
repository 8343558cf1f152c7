package org.openresolve.core.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.openresolve.core.memo.RecentAnswers;

/**
 * Double Metaphone codes of folded Latin name words. Both the primary and the alternate code are
 * kept, so "Schmidt" and "Smith" share a code and a Slavic or Germanic spelling meets its English
 * one.
 */
final class Phonetic {
  // Stateless once configured; Double Metaphone only reads its settings while encoding.
  private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

  // Names repeat across records: a thread encodes each recent one once.
  private static final RecentAnswers<String, List<String>> RECENT = new RecentAnswers<>(1 << 14);

  private Phonetic() {}

  /**
   * Distinct codes of every word of {@code words}, in word order; empty for null or codeless text.
   */
  static List<String> codes(String words) {
    if (words == null) {
      return List.of();
    }
    return RECENT.get(words, Phonetic::encode);
  }

  private static List<String> encode(String words) {
    Set<String> codes = new LinkedHashSet<>();
    for (String word : words.split(" ")) {
      add(codes, DOUBLE_METAPHONE.doubleMetaphone(word, false));
      add(codes, DOUBLE_METAPHONE.doubleMetaphone(word, true));
    }
    return List.copyOf(codes);
  }

  private static void add(Set<String> codes, String code) {
    if (code != null && !code.isEmpty()) {
      codes.add(code);
    }
  }
}
