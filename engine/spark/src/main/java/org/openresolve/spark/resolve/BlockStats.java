package org.openresolve.spark.resolve;

import java.util.List;

/**
 * What blocking did: how many blocks (keys shared by two or more records), how many were skipped
 * for being larger than the rule set's maximum, and the largest ones, so a skipped block is never
 * silent.
 */
public record BlockStats(
    long blocks, long oversizeBlocks, long recordsInOversizeBlocks, int maxBlockSize, List<Block> largest, List<Block> oversize) {
  public BlockStats {
    largest = List.copyOf(largest);
    oversize = List.copyOf(oversize);
  }

  /** One block: its key (rule id first) and size. */
  public record Block(String key, long size) {}
}
