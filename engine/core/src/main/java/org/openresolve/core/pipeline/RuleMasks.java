package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.RuleSet;

/**
 * The blocking rules that reached a pair as bits of one long: bit i is the rule file's i-th rule,
 * so a pair carries all its rules in eight bytes and they are named only when a pair is written.
 */
public final class RuleMasks implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> ids;

  public RuleMasks(RuleSet rules) {
    requireNonNull(rules, "rules is null");
    this.ids = rules.blocking().rules().stream().map(BlockingRuleSpec::id).toList();
  }

  /** Bit index of each blocking rule id, in rule-file order. */
  public Map<String, Integer> bits() {
    Map<String, Integer> bits = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      bits.put(ids.get(i), i);
    }
    return bits;
  }

  /** The rule ids of a mask, sorted. */
  public List<String> ids(long mask) {
    TreeSet<String> named = new TreeSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if ((mask & (1L << i)) != 0) {
        named.add(ids.get(i));
      }
    }
    return new ArrayList<>(named);
  }
}
