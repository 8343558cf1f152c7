package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.openresolve.core.blocking.BlockingRule;
import org.openresolve.core.rules.RuleSet;

/**
 * What blocking made of one pair of records, from their keys and the run's oversize keys alone, as
 * the run's blocks did: the keys they share, the rules (as masks, bit i for the rule file's i-th
 * rule) of those keys, the rules that paired them on a key in use and within its limit, and whether
 * {@code skip_when} then left them uncompared.
 *
 * @param sharedKeys the keys both records have and blocking uses ({@link BlockLimits#inUse})
 * @param sharedRules the rules of {@code sharedKeys}
 * @param pairedRules the rules of the shared keys whose blocks yield pairs
 * @param skipped whether every rule of {@code pairedRules} has a {@code skip_when} condition that
 *     holds
 */
public record PairReach(
    List<String> sharedKeys, long sharedRules, long pairedRules, boolean skipped)
    implements Serializable {
  public PairReach {
    sharedKeys = List.copyOf(sharedKeys);
  }

  /** The rules that reached the pair only through keys of oversize blocks. */
  public long oversizeOnlyRules() {
    return sharedRules & ~pairedRules;
  }

  /** Whether the pair was compared: some rule paired it and {@code skip_when} did not skip it. */
  public boolean compared() {
    return pairedRules != 0 && !skipped;
  }

  /** Why the pair was not compared, or null when it was. */
  public DecisionReason notCompared(RuleMasks masks) {
    if (sharedKeys.isEmpty()) {
      return new DecisionReason.NotBlocked();
    }
    if (pairedRules == 0) {
      return new DecisionReason.Oversize(sharedKeys);
    }
    return skipped ? new DecisionReason.SkippedWhen(masks.ids(pairedRules)) : null;
  }

  /** Computes the reach of pairs under one rule set and one run's oversize keys. */
  public static final class Finder implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Set<String> oversizeKeys;
    private final Map<String, Integer> ruleBits;
    private final PairComparison comparison;

    /**
     * @param oversizeKeys every key of a block over its limit in the run, refined or skipped
     * @param comparison the run's comparison, for its {@code skip_when} conditions
     */
    public Finder(RuleSet rules, Set<String> oversizeKeys, PairComparison comparison) {
      requireNonNull(rules, "rules is null");
      this.oversizeKeys = Set.copyOf(oversizeKeys);
      this.ruleBits = new RuleMasks(rules).bits();
      this.comparison = requireNonNull(comparison, "comparison is null");
    }

    public PairReach of(PreparedRecord left, PreparedRecord right) {
      Set<String> shared = new LinkedHashSet<>(left.blockKeys());
      shared.retainAll(Set.copyOf(right.blockKeys()));
      // Both hold every shared key: its block has two records or more.
      Predicate<String> pairable = BlockLimits.pairable(k -> true, oversizeKeys);
      List<String> used = new ArrayList<>();
      long sharedRules = 0;
      long pairedRules = 0;
      for (String key : shared) {
        if (!BlockLimits.inUse(key, oversizeKeys)) {
          continue;
        }
        used.add(key);
        long bit = 1L << bitOf(key);
        sharedRules |= bit;
        pairedRules |= pairable.test(key) ? bit : 0;
      }
      boolean skipped =
          pairedRules != 0 && comparison.skips(pairedRules, left.view(), right.view());
      return new PairReach(used, sharedRules, pairedRules, skipped);
    }

    private int bitOf(String key) {
      Integer bit = ruleBits.get(BlockingRule.ruleIdOf(key));
      if (bit == null) {
        throw new IllegalStateException(
            "block key " + key + " names no blocking rule of the rule set");
      }
      return bit;
    }
  }
}
