package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

/**
 * A compared pair in the lean form the many candidate pairs travel in: both nodes, the rules that
 * reached it ({@link RuleMasks}), a byte per comparison level, the counts of the values term
 * frequencies weigh (null when none) and whether each record is graded low. The values compared are
 * looked up again only for the few pairs that are linked or reviewed.
 */
public record CandidatePair(
    long left,
    long right,
    long rules,
    byte[] levels,
    long[] termCounts,
    boolean lowLeft,
    boolean lowRight) {
  public CandidatePair {
    requireNonNull(levels, "levels is null");
  }
}
