package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import org.openresolve.core.compare.ComparisonVector;

/**
 * A compared candidate pair: both nodes (left the smaller), the rules that reached it ({@link
 * RuleMasks}), the comparison vector, the counts of the values term frequencies weigh (null when
 * the rule set weighs none) and whether each record is graded low.
 */
public record ComparedPair(
    long left,
    long right,
    long rules,
    ComparisonVector vector,
    long[] termCounts,
    boolean lowLeft,
    boolean lowRight) {
  public ComparedPair {
    requireNonNull(vector, "vector is null");
  }

  /** The pair in the lean form the many pairs travel in: a byte per level, no values. */
  public CandidatePair lean() {
    byte[] levels = new byte[vector.size()];
    for (int c = 0; c < levels.length; c++) {
      levels[c] = (byte) vector.level(c);
    }
    return new CandidatePair(left, right, rules, levels, termCounts, lowLeft, lowRight);
  }
}
