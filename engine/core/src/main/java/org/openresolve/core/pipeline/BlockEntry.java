package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import org.openresolve.core.compare.MatchView;

/**
 * A record as one of the blocks it is in: the block's code, the record's node (its rank in record
 * key order), its view, whether its grading is low ({@link LinkPolicy}) and the sorted codes of all
 * the keys it may pair on ({@link BlockKeys#codesOf}).
 */
public record BlockEntry(long block, long node, MatchView view, boolean lowGrade, long[] codes) {
  public BlockEntry {
    requireNonNull(view, "view is null");
    requireNonNull(codes, "codes is null");
  }
}
