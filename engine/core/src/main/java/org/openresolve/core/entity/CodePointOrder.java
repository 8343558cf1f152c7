package org.openresolve.core.entity;

import java.util.Comparator;

/**
 * Texts in the order of their code points, which is the order of their UTF-8 bytes: the order
 * Parquet statistics and Spark's sorts use, where {@link String#compareTo} (UTF-16 units) would put
 * a letter beyond the Basic Multilingual Plane before some letters within it. Null comes first.
 */
public final class CodePointOrder implements Comparator<String> {
  public static final CodePointOrder INSTANCE = new CodePointOrder();

  private CodePointOrder() {}

  @Override
  public int compare(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
