package org.openresolve.core.compare;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The levels of all comparisons for one pair, without the values: what training counts. Many pairs
 * share a pattern, so the Spark job groups pairs by pattern and only the counts reach the driver.
 * Ordered lexicographically, so sums over patterns run in one fixed order.
 */
public final class LevelPattern implements Comparable<LevelPattern>, Serializable {
  private static final long serialVersionUID = 1L;

  private final int[] levels;

  private LevelPattern(int[] levels) {
    this.levels = levels;
  }

  public static LevelPattern of(int... levels) {
    for (int level : levels) {
      if (level < 0) {
        throw new IllegalArgumentException("negative level in " + Arrays.toString(levels));
      }
    }
    return new LevelPattern(levels.clone());
  }

  public int size() {
    return levels.length;
  }

  public int level(int comparison) {
    return levels[comparison];
  }

  public int[] levels() {
    return levels.clone();
  }

  @Override
  public int compareTo(LevelPattern o) {
    return Arrays.compare(levels, o.levels);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LevelPattern p && Arrays.equals(levels, p.levels);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(levels);
  }

  @Override
  public String toString() {
    return Arrays.toString(levels);
  }
}
