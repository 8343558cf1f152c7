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
 *
 * <p>A rule that declares {@code refine_by} also gives each record its finer keys, used only where
 * the coarser block is over the size limit ({@link org.openresolve.core.pipeline.BlockLimits}):
 * {@code rule/1:KEY/V1} for the first value, {@code rule/2:KEY/V1/V2} for the second. The level
 * sits in the prefix and the values after the last slashes, so a key's rule, level and coarser key
 * are read from the key alone, whatever the key function wrote.
 */
public final class BlockingRule implements Serializable {
  private static final char RULE_SEPARATOR = ':';
  private static final char LEVEL_SEPARATOR = '/';

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
      throw new IllegalArgumentException(
          "blocking rule " + spec.id() + " needs its name list " + spec.list());
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
    String prefix = prefixOf(blockKey);
    int level = prefix.indexOf(LEVEL_SEPARATOR);
    return level < 0 ? prefix : prefix.substring(0, level);
  }

  /** How many {@code refine_by} values a key carries: 0 for a key of the rule's key function. */
  public static int levelOf(String blockKey) {
    String prefix = prefixOf(blockKey);
    int level = prefix.indexOf(LEVEL_SEPARATOR);
    return level < 0 ? 0 : Integer.parseInt(prefix.substring(level + 1));
  }

  /** The key a refined key splits (one level coarser). */
  public static String coarserOf(String blockKey) {
    int level = levelOf(blockKey);
    if (level == 0) {
      throw new IllegalArgumentException("block key " + blockKey + " is not refined");
    }
    String rule = ruleIdOf(blockKey);
    String rest =
        blockKey.substring(
            blockKey.indexOf(RULE_SEPARATOR) + 1, blockKey.lastIndexOf(LEVEL_SEPARATOR));
    return level == 1
        ? rule + RULE_SEPARATOR + rest
        : rule + LEVEL_SEPARATOR + (level - 1) + RULE_SEPARATOR + rest;
  }

  private static String prefixOf(String blockKey) {
    int separator = blockKey.indexOf(RULE_SEPARATOR);
    return separator < 0 ? blockKey : blockKey.substring(0, separator);
  }

  /**
   * Distinct keys in a fixed order, those of the key function first, then each level of {@code
   * refine_by}; empty when the record lacks what the rule needs.
   */
  public List<String> keys(MatchView v) {
    requireNonNull(v, "v is null");
    Set<String> raw = new LinkedHashSet<>();
    KeyFunctions.apply(spec.key(), list, v, raw);
    List<String> keys = new ArrayList<>(raw.size());
    for (String key : raw) {
      keys.add(spec.id() + RULE_SEPARATOR + key);
    }
    List<String> coarser = new ArrayList<>(raw);
    for (int level = 1; level <= spec.refineBy().size() && !coarser.isEmpty(); level++) {
      List<String> values = RefineValues.of(spec.refineBy().get(level - 1), v);
      List<String> finer = new ArrayList<>(coarser.size() * values.size());
      for (String key : coarser) {
        for (String value : values) {
          String refined = key + LEVEL_SEPARATOR + value;
          finer.add(refined);
          keys.add(spec.id() + LEVEL_SEPARATOR + level + RULE_SEPARATOR + refined);
        }
      }
      coarser = finer;
    }
    return List.copyOf(keys);
  }

  @Override
  public String toString() {
    return spec.id();
  }
}
