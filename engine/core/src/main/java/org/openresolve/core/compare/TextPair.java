package org.openresolve.core.compare;

/**
 * Two texts in the order asked, as a key of {@link org.openresolve.core.memo.RecentAnswers}. Its
 * hash mixes both: a record's own hash adds the texts' polynomial hashes, which collide often for
 * short names, and a cache keyed so degrades into tree bins.
 */
record TextPair(String left, String right) {
  @Override
  public int hashCode() {
    long h = left.hashCode() * 0x9E3779B97F4A7C15L + right.hashCode();
    h ^= h >>> 31;
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextPair p && p.left.equals(left) && p.right.equals(right);
  }
}
