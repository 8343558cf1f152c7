package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.List;

/**
 * The blocking part of a rule file. Rules are OR-ed: a pair is a candidate when any rule's keys
 * meet.
 *
 * @param maxBlockSize records sharing one key above which the key is skipped (and reported) rather
 *     than producing a quadratic number of pairs
 */
public record BlockingSettings(Integer maxBlockSize, List<BlockingRuleSpec> rules)
    implements Serializable {
  /** A candidate pair carries the rules that reached it as bits of one 64-bit mask. */
  public static final int MAX_RULES = 63;

  /** The block size limit of a rule: its own, else the rule set's. */
  public int maxBlockSizeOf(BlockingRuleSpec rule) {
    return rule.maxBlockSize() != null ? rule.maxBlockSize() : maxBlockSize;
  }

  public BlockingSettings {
    Required.key(maxBlockSize, "max_block_size");
    if (maxBlockSize < 2) {
      throw new IllegalArgumentException("max_block_size must be at least 2, got " + maxBlockSize);
    }
    rules = List.copyOf(Required.key(rules, "rules"));
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("'rules' is empty; at least one blocking rule is needed");
    }
    if (rules.size() > MAX_RULES) {
      throw new IllegalArgumentException(
          "at most " + MAX_RULES + " blocking rules, got " + rules.size());
    }
  }
}
