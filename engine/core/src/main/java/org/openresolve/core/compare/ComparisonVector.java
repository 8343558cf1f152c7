package org.openresolve.core.compare;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The result of comparing two records: per comparison (in rule-file order) the level chosen and the
 * two values that decided it, for the analyst ("aleksandr ivanov" vs "alexander ivanov"). A value
 * is null when its record lacks the field.
 */
public final class ComparisonVector implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int[] levels;
  private final String[] left;
  private final String[] right;

  ComparisonVector(int[] levels, String[] left, String[] right) {
    this.levels = levels;
    this.left = left;
    this.right = right;
  }

  public int size() {
    return levels.length;
  }

  public int level(int comparison) {
    return levels[comparison];
  }

  /** The value of the first record of the pair that decided the level, or null. */
  public String left(int comparison) {
    return left[comparison];
  }

  public String right(int comparison) {
    return right[comparison];
  }

  public LevelPattern pattern() {
    return LevelPattern.of(levels);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ComparisonVector v
        && Arrays.equals(levels, v.levels)
        && Arrays.equals(left, v.left)
        && Arrays.equals(right, v.right);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(levels);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < levels.length; i++) {
      s.append(i == 0 ? "" : ", ")
          .append(levels[i])
          .append(' ')
          .append(left[i])
          .append('|')
          .append(right[i]);
    }
    return s.append(']').toString();
  }
}
