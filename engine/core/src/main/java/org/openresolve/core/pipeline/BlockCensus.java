package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.entity.CodePointOrder;

/**
 * Counts what blocking found, block by block ({@link BlockStats}): per rule its blocks, largest
 * block, pairs in its compared blocks, oversize blocks refined by a finer key and oversize blocks
 * skipped; the largest blocks and every oversize one. Refined keys whose coarser block is within
 * its limit are not blocks blocking uses ({@link BlockLimits#inUse}) and are not counted. Blocks
 * may be added in any order and censuses of parts of the blocks merged.
 */
public final class BlockCensus implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int LARGEST_REPORTED = 10;
  private static final Comparator<BlockStats.Block> LARGEST_FIRST =
      Comparator.comparingLong(BlockStats.Block::size)
          .reversed()
          .thenComparing(BlockStats.Block::key, CodePointOrder.INSTANCE);
  private static final int BLOCKS = 0;
  private static final int LARGEST = 1;
  private static final int PAIRS = 2;
  private static final int SKIPPED = 3;
  private static final int REFINED = 4;

  private final BlockLimits limits;
  private final Set<String> oversizeKeys;
  private final Map<String, long[]> byRule = new TreeMap<>();
  private final List<BlockStats.Block> largest = new ArrayList<>();
  private final List<BlockStats.Block> skipped = new ArrayList<>();
  private final List<BlockStats.Block> refined = new ArrayList<>();

  /**
   * @param oversizeKeys every key of a block over its limit, so that refined keys in use are known
   */
  public BlockCensus(BlockLimits limits, Set<String> oversizeKeys) {
    this.limits = requireNonNull(limits, "limits is null");
    this.oversizeKeys = Set.copyOf(oversizeKeys);
  }

  /** One block: a key that {@code size} records share, two or more. */
  public BlockCensus add(String key, long size) {
    if (size < 2) {
      throw new IllegalArgumentException(
          "a block has two records or more, " + key + " has " + size);
    }
    if (!BlockLimits.inUse(key, oversizeKeys)) {
      return this;
    }
    boolean over = limits.isOversize(key, size);
    boolean refines = over && limits.refines(key);
    long[] t = byRule.computeIfAbsent(BlockingRule.ruleIdOf(key), r -> new long[5]);
    t[BLOCKS]++;
    t[LARGEST] = Math.max(t[LARGEST], size);
    t[PAIRS] += over ? 0 : size * (size - 1) / 2;
    t[SKIPPED] += over && !refines ? 1 : 0;
    t[REFINED] += refines ? 1 : 0;
    BlockStats.Block block = new BlockStats.Block(key, size);
    if (refines) {
      refined.add(block);
    } else if (over) {
      skipped.add(block);
    }
    largest.add(block);
    if (largest.size() > 4 * LARGEST_REPORTED) {
      keepLargest();
    }
    return this;
  }

  /** This census with another's blocks added. */
  public BlockCensus merge(BlockCensus other) {
    other.byRule.forEach(
        (rule, t) -> {
          long[] mine = byRule.computeIfAbsent(rule, r -> new long[5]);
          for (int i = 0; i < t.length; i++) {
            mine[i] = i == LARGEST ? Math.max(mine[i], t[i]) : mine[i] + t[i];
          }
        });
    largest.addAll(other.largest);
    keepLargest();
    skipped.addAll(other.skipped);
    refined.addAll(other.refined);
    return this;
  }

  private void keepLargest() {
    largest.sort(LARGEST_FIRST);
    if (largest.size() > LARGEST_REPORTED) {
      largest.subList(LARGEST_REPORTED, largest.size()).clear();
    }
  }

  private static List<BlockStats.Block> byKey(List<BlockStats.Block> blocks) {
    List<BlockStats.Block> sorted = new ArrayList<>(blocks);
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
      rules.add(
          new BlockStats.RuleBlocks(
              e.getKey(),
              t[BLOCKS],
              t[LARGEST],
              t[PAIRS],
              t[SKIPPED],
              t[REFINED],
              limits.limitOfRule(e.getKey())));
      blocks += t[BLOCKS];
    }
    List<BlockStats.Block> over = byKey(skipped);
    long inOversize = over.stream().mapToLong(BlockStats.Block::size).sum();
    return new BlockStats(
        blocks,
        over.size(),
        inOversize,
        limits.defaultLimit(),
        largest,
        over,
        byKey(refined),
        rules,
        0);
  }
}
