package org.openresolve.core.pipeline;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What blocking did: how many blocks (keys shared by two or more records), how many were larger
 * than their limit and skipped, how many were larger and split by a finer key ({@code refine_by}),
 * and the largest ones, so an oversize block is never silent; and how many pairs the rules' {@code
 * skip_when} conditions left uncompared.
 *
 * @param oversizeBlocks blocks over their limit and skipped: no finer key splits them
 * @param recordsInOversizeBlocks the records of those skipped blocks, summed
 * @param oversize the skipped blocks, by key
 * @param refined the blocks over their limit that a finer key split, by key
 */
public record BlockStats(
    long blocks,
    long oversizeBlocks,
    long recordsInOversizeBlocks,
    int maxBlockSize,
    List<Block> largest,
    List<Block> oversize,
    List<Block> refined,
    List<RuleBlocks> byRule,
    long pairsSkippedByCondition)
    implements Serializable {
  public BlockStats {
    largest = List.copyOf(largest);
    oversize = List.copyOf(oversize);
    refined = List.copyOf(refined);
    byRule = List.copyOf(byRule);
  }

  public BlockStats withPairsSkippedByCondition(long skipped) {
    return new BlockStats(
        blocks,
        oversizeBlocks,
        recordsInOversizeBlocks,
        maxBlockSize,
        largest,
        oversize,
        refined,
        byRule,
        skipped);
  }

  /** The keys of every block over its limit, skipped or refined: a key blocking did not pair on. */
  public Set<String> oversizeKeys() {
    Set<String> keys = new HashSet<>();
    oversize.forEach(b -> keys.add(b.key()));
    refined.forEach(b -> keys.add(b.key()));
    return keys;
  }

  /**
   * One blocking rule's blocks (of two or more records, oversize ones and the finer blocks in use
   * included), its largest block, the pairs its compared blocks hold (n(n-1)/2 summed, before pairs
   * reached by several rules are counted once), its oversize blocks skipped and refined, and its
   * size limit. Shows which rule makes the candidate pairs.
   */
  public record RuleBlocks(
      String rule,
      long blocks,
      long largest,
      long pairs,
      long oversizeBlocks,
      long refinedBlocks,
      int maxBlockSize)
      implements Serializable {}

  /** One block: its key (rule id first) and size. */
  public record Block(String key, long size) implements Serializable {}
}
