package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.BlockingSettings;
import org.openresolve.core.rules.RuleSet;

/**
 * How many records a block key may gather before it is skipped as oversize: its rule's own {@code
 * max_block_size}, else the rule set's ({@link BlockingSettings#maxBlockSizeOf}). The rule is read
 * from the key ({@link BlockingRule#ruleIdOf}).
 */
public final class BlockLimits implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int defaultLimit;
  private final Map<String, Integer> byRule;

  private BlockLimits(int defaultLimit, Map<String, Integer> byRule) {
    this.defaultLimit = defaultLimit;
    this.byRule = byRule;
  }

  public static BlockLimits of(RuleSet rules) {
    requireNonNull(rules, "rules is null");
    BlockingSettings settings = rules.blocking();
    Map<String, Integer> limits = new HashMap<>();
    for (BlockingRuleSpec rule : settings.rules()) {
      limits.put(rule.id(), settings.maxBlockSizeOf(rule));
    }
    return new BlockLimits(settings.maxBlockSize(), limits);
  }

  /** The limit of the rule a block key belongs to. */
  public int limitOf(String blockKey) {
    return limitOfRule(BlockingRule.ruleIdOf(blockKey));
  }

  /** The limit of a rule by its id. */
  public int limitOfRule(String ruleId) {
    return byRule.getOrDefault(ruleId, defaultLimit);
  }

  /** Whether a block of {@code size} records under this key is skipped. */
  public boolean isOversize(String blockKey, long size) {
    return size > limitOf(blockKey);
  }

  /** Whether a block of {@code size} records under this key yields pairs: two records or more, not oversize. */
  public boolean yieldsPairs(String blockKey, long size) {
    return size >= 2 && !isOversize(blockKey, size);
  }

  /** The rule set's own limit, for the rules that name none. */
  public int defaultLimit() {
    return defaultLimit;
  }
}
