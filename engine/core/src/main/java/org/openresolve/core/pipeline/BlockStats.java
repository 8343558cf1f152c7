package org.openresolve.core.pipeline;

import java.io.Serializable;
import java.util.List;

/**
 * What blocking did: how many blocks (keys shared by two or more records), how many were skipped
 * for being larger than the rule set's maximum, and the largest ones, so a skipped block is never
 * silent; and how many pairs the rules' {@code skip_when} conditions left uncompared.
 */
public record BlockStats(
    long blocks,
    long oversizeBlocks,
    long recordsInOversizeBlocks,
    int maxBlockSize,
    List<Block> largest,
    List<Block> oversize,
    List<RuleBlocks> byRule,
    long pairsSkippedByCondition)
    implements Serializable {
  public BlockStats {
    largest = List.copyOf(largest);
    oversize = List.copyOf(oversize);
    byRule = List.copyOf(byRule);
  }

  public BlockStats withPairsSkippedByCondition(long skipped) {
    return new BlockStats(blocks, oversizeBlocks, recordsInOversizeBlocks, maxBlockSize, largest, oversize, byRule, skipped);
  }

  /**
   * One blocking rule's blocks (of two or more records, oversize ones included), its largest
   * block, the pairs its compared blocks hold (n(n-1)/2 summed, before pairs reached by several
   * rules are counted once), its oversize blocks and its size limit. Shows which rule makes the
   * candidate pairs.
   */
  public record RuleBlocks(String rule, long blocks, long largest, long pairs, long oversizeBlocks, int maxBlockSize) implements Serializable {}

  /** One block: its key (rule id first) and size. */
  public record Block(String key, long size) implements Serializable {}
}
