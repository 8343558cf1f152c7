package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.entity.CodePointOrder;

/**
 * Counts what blocking found, block by block ({@link BlockStats}): per rule its blocks, largest
 * block, pairs in its compared blocks and oversize blocks; the largest blocks and every oversize
 * one. Blocks may be added in any order and censuses of parts of the blocks merged.
 */
public final class BlockCensus implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int LARGEST_REPORTED = 10;
  private static final Comparator<BlockStats.Block> LARGEST_FIRST =
      Comparator.comparingLong(BlockStats.Block::size).reversed().thenComparing(BlockStats.Block::key, CodePointOrder.INSTANCE);

  private final BlockLimits limits;
  private final Map<String, long[]> byRule = new TreeMap<>();
  private final List<BlockStats.Block> largest = new ArrayList<>();
  private final List<BlockStats.Block> oversize = new ArrayList<>();

  public BlockCensus(BlockLimits limits) {
    this.limits = requireNonNull(limits, "limits is null");
  }

  /** One block: a key that {@code size} records share, two or more. */
  public BlockCensus add(String key, long size) {
    if (size < 2) {
      throw new IllegalArgumentException("a block has two records or more, " + key + " has " + size);
    }
    boolean over = limits.isOversize(key, size);
    long[] t = byRule.computeIfAbsent(BlockingRule.ruleIdOf(key), r -> new long[4]);
    t[0]++;
    t[1] = Math.max(t[1], size);
    t[2] += over ? 0 : size * (size - 1) / 2;
    t[3] += over ? 1 : 0;
    BlockStats.Block block = new BlockStats.Block(key, size);
    if (over) {
      oversize.add(block);
    }
    largest.add(block);
    if (largest.size() > 4 * LARGEST_REPORTED) {
      keepLargest();
    }
    return this;
  }

  /** This census with another's blocks added. */
  public BlockCensus merge(BlockCensus other) {
    other.byRule.forEach((rule, t) -> {
      long[] mine = byRule.computeIfAbsent(rule, r -> new long[4]);
      mine[0] += t[0];
      mine[1] = Math.max(mine[1], t[1]);
      mine[2] += t[2];
      mine[3] += t[3];
    });
    largest.addAll(other.largest);
    keepLargest();
    oversize.addAll(other.oversize);
    return this;
  }

  private void keepLargest() {
    largest.sort(LARGEST_FIRST);
    if (largest.size() > LARGEST_REPORTED) {
      largest.subList(LARGEST_REPORTED, largest.size()).clear();
    }
  }

  /** The keys of the blocks skipped for their size, in code point order. */
  public List<String> oversizeKeys() {
    return oversizeBlocks().stream().map(BlockStats.Block::key).toList();
  }

  private List<BlockStats.Block> oversizeBlocks() {
    List<BlockStats.Block> sorted = new ArrayList<>(oversize);
    sorted.sort(Comparator.comparing(BlockStats.Block::key, CodePointOrder.INSTANCE));
    return sorted;
  }

  /** What the blocks add up to, before any pair is skipped by a condition. */
  public BlockStats stats() {
    keepLargest();
    List<BlockStats.RuleBlocks> rules = new ArrayList<>();
    long blocks = 0;
    for (Map.Entry<String, long[]> e : byRule.entrySet()) {
      long[] t = e.getValue();
      rules.add(new BlockStats.RuleBlocks(e.getKey(), t[0], t[1], t[2], t[3], limits.limitOfRule(e.getKey())));
      blocks += t[0];
    }
    List<BlockStats.Block> over = oversizeBlocks();
    long inOversize = over.stream().mapToLong(BlockStats.Block::size).sum();
    return new BlockStats(blocks, over.size(), inOversize, limits.defaultLimit(), largest, over, rules, 0);
  }
}
