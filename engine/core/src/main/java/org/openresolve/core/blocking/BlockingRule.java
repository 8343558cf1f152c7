package org.openresolve.core.blocking;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.NameGroups;
import org.openresolve.core.rules.RuleSet;

/**
 * A blocking rule ready to run: the keys a record gets under it. Records sharing a key form a block
 * and every two records of a block are a candidate pair. Keys start with the rule id, so keys of
 * different rules never meet and a pair can name the rules that produced it.
 */
public final class BlockingRule implements Serializable {
  private static final char RULE_SEPARATOR = ':';

  private static final long serialVersionUID = 1L;

  private final BlockingRuleSpec spec;
  // The rule's name list, for a key function that reads one; null otherwise.
  private final NameGroups list;

  /** A rule whose key function reads no name list. */
  public BlockingRule(BlockingRuleSpec spec) {
    this(spec, null);
  }

  private BlockingRule(BlockingRuleSpec spec, NameGroups list) {
    this.spec = requireNonNull(spec, "spec is null");
    if (spec.key().needsList() && list == null) {
      throw new IllegalArgumentException("blocking rule " + spec.id() + " needs its name list " + spec.list());
    }
    this.list = list;
  }

  /** The rule set's blocking rules, in file order, each with the name list it names. */
  public static List<BlockingRule> of(RuleSet rules) {
    return rules.blocking().rules().stream()
        .map(r -> new BlockingRule(r, r.list() == null ? null : rules.nameGroups(r.list())))
        .toList();
  }

  public String id() {
    return spec.id();
  }

  public String label() {
    return spec.label();
  }

  /** The rule id a block key of {@link #keys} starts with. */
  public static String ruleIdOf(String blockKey) {
    int separator = blockKey.indexOf(RULE_SEPARATOR);
    return separator < 0 ? blockKey : blockKey.substring(0, separator);
  }

  /** Distinct keys in a fixed order; empty when the record lacks what the rule needs. */
  public List<String> keys(MatchView v) {
    requireNonNull(v, "v is null");
    Set<String> raw = new LinkedHashSet<>();
    KeyFunctions.apply(spec.key(), list, v, raw);
    List<String> keys = new ArrayList<>(raw.size());
    for (String key : raw) {
      keys.add(spec.id() + RULE_SEPARATOR + key);
    }
    return List.copyOf(keys);
  }

  @Override
  public String toString() {
    return spec.id();
  }
}
