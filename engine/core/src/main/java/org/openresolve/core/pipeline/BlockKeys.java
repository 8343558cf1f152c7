package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.blocking.SharedKeys;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.RuleSet;

/**
 * A record's blocking keys, and the ones it may pair on: keys of blocks that yield pairs (two
 * records or more, within the size limit, {@link BlockLimits}), as sorted codes ({@link
 * SharedKeys}). Keys of oversize blocks are left out, so pairs that share only those are not made,
 * and pairs that also share a usable key are taken from that block.
 */
public final class BlockKeys implements Serializable {
  private static final long serialVersionUID = 1L;

  private final RuleSet rules;
  private final Map<String, Integer> ruleBits;
  // Built where used: a rule may read a name list, which is not worth serialising.
  private transient List<BlockingRule> blocking;

  public BlockKeys(RuleSet rules) {
    this.rules = requireNonNull(rules, "rules is null");
    this.ruleBits = new RuleMasks(rules).bits();
  }

  /** Every blocking key of a record, rule by rule in file order. */
  public List<String> keysOf(MatchView view) {
    if (blocking == null) {
      blocking = BlockingRule.of(rules);
    }
    List<String> keys = new ArrayList<>();
    for (BlockingRule rule : blocking) {
      keys.addAll(rule.keys(view));
    }
    return keys;
  }

  /**
   * The sorted, distinct codes of the keys a record may pair on.
   *
   * @param pairable whether a key's block yields pairs; a key wrongly said to (a false positive of
   *     a Bloom filter) costs nothing, since no other record shares it
   */
  public long[] codesOf(Collection<String> keys, Predicate<String> pairable) {
    return SharedKeys.codesOf(keys, pairable, ruleBits);
  }
}
