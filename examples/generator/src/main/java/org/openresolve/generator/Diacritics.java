package org.openresolve.generator;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Drops diacritics from Latin-script text the way export systems and typists do (José to Jose,
 * Łukasz to Lukasz); letters that Unicode does not decompose are mapped by hand.
 */
final class Diacritics {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String FROM = "łŁđĐøØıħ";
  private static final String TO = "lLdDoOih";

  private Diacritics() {}

  static String strip(String text) {
    if (isAscii(text)) {
      return text;
    }
    String decomposed =
        MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int mapped = FROM.indexOf(c);
      if (mapped >= 0) {
        out.append(TO.charAt(mapped));
      } else if (c == 'ß') {
        out.append("ss");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the text is plain ASCII, so stripping would change nothing. */
  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
