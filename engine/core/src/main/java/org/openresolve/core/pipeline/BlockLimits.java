package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.BlockingSettings;
import org.openresolve.core.rules.RuleSet;

/**
 * How many records a block key may gather before it is over the limit: its rule's own {@code
 * max_block_size}, else the rule set's ({@link BlockingSettings#maxBlockSizeOf}); and what becomes
 * of an oversize block: refined, when its rule declares a finer level ({@code refine_by}), else
 * skipped. A refined key is in use only where its coarser key is oversize: elsewhere the coarser
 * block already pairs its records. The rule and level are read from the key ({@link BlockingRule}).
 */
public final class BlockLimits implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int defaultLimit;
  private final Map<String, Integer> byRule;
  private final Map<String, Integer> levels;

  private BlockLimits(int defaultLimit, Map<String, Integer> byRule, Map<String, Integer> levels) {
    this.defaultLimit = defaultLimit;
    this.byRule = byRule;
    this.levels = levels;
  }

  public static BlockLimits of(RuleSet rules) {
    requireNonNull(rules, "rules is null");
    BlockingSettings settings = rules.blocking();
    Map<String, Integer> limits = new HashMap<>();
    Map<String, Integer> levels = new HashMap<>();
    for (BlockingRuleSpec rule : settings.rules()) {
      limits.put(rule.id(), settings.maxBlockSizeOf(rule));
      levels.put(rule.id(), rule.refineBy().size());
    }
    return new BlockLimits(settings.maxBlockSize(), limits, levels);
  }

  /** The limit of the rule a block key belongs to. */
  public int limitOf(String blockKey) {
    return limitOfRule(BlockingRule.ruleIdOf(blockKey));
  }

  /** The limit of a rule by its id. */
  public int limitOfRule(String ruleId) {
    return byRule.getOrDefault(ruleId, defaultLimit);
  }

  /** Whether a block of {@code size} records under this key is over its limit. */
  public boolean isOversize(String blockKey, long size) {
    return size > limitOf(blockKey);
  }

  /** Whether an oversize block of this key is split by a finer key rather than skipped. */
  public boolean refines(String blockKey) {
    return BlockingRule.levelOf(blockKey) < levels.getOrDefault(BlockingRule.ruleIdOf(blockKey), 0);
  }

  /**
   * Whether blocking uses this key: a key of a key function always, a refined key only when the key
   * it splits is in {@code oversize}.
   */
  public static boolean inUse(String blockKey, Set<String> oversize) {
    return BlockingRule.levelOf(blockKey) == 0
        || oversize.contains(BlockingRule.coarserOf(blockKey));
  }

  /**
   * Whether a block of {@code size} records under an unrefined key yields pairs: two records or
   * more, not oversize. A refined key also needs {@link #inUse}; see {@link #yieldsPairs(String,
   * long, Set)}.
   */
  public boolean yieldsPairs(String blockKey, long size) {
    return size >= 2 && !isOversize(blockKey, size);
  }

  /**
   * Whether a block of {@code size} records yields pairs: in use, two records or more, not
   * oversize.
   */
  public boolean yieldsPairs(String blockKey, long size, Set<String> oversize) {
    return yieldsPairs(blockKey, size) && inUse(blockKey, oversize);
  }

  /**
   * The keys a record may pair on, among those of blocks of two records or more.
   *
   * @param gathered whether a key's block holds two records or more
   * @param oversize every key of an oversize block
   */
  public static Predicate<String> pairable(Predicate<String> gathered, Set<String> oversize) {
    requireNonNull(gathered, "gathered is null");
    requireNonNull(oversize, "oversize is null");
    return key -> !oversize.contains(key) && inUse(key, oversize) && gathered.test(key);
  }

  /** The rule set's own limit, for the rules that name none. */
  public int defaultLimit() {
    return defaultLimit;
  }
}
