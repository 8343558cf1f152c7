package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.ModelParameters;
import org.openresolve.core.scoring.ModelTrainer;

/**
 * What unsupervised training learns from: the level patterns of the candidate pairs, in all and per
 * blocking rule (a pair reached by several rules counts under each), added as counts per rule mask,
 * whatever order and grouping they come in.
 */
public final class TrainingCounts {
  private final RuleSet rules;
  private final RuleMasks masks;
  private final Map<LevelPattern, Long> candidates = new TreeMap<>();
  private final Map<String, Map<LevelPattern, Long>> byRule = new TreeMap<>();

  public TrainingCounts(RuleSet rules) {
    this.rules = requireNonNull(rules, "rules is null");
    this.masks = new RuleMasks(rules);
  }

  /** {@code count} candidate pairs of one pattern reached by the rules of {@code ruleMask}. */
  public TrainingCounts add(long ruleMask, LevelPattern pattern, long count) {
    candidates.merge(pattern, count, Long::sum);
    for (String rule : masks.ids(ruleMask)) {
      byRule.computeIfAbsent(rule, k -> new TreeMap<>()).merge(pattern, count, Long::sum);
    }
    return this;
  }

  /** The patterns of a pair's levels, a byte per comparison. */
  public static LevelPattern patternOf(byte[] levels) {
    int[] l = new int[levels.length];
    for (int i = 0; i < l.length; i++) {
      l[i] = levels[i];
    }
    return LevelPattern.of(l);
  }

  /**
   * The model trained on these counts ({@link ModelTrainer}).
   *
   * @param randomPatterns the patterns of the random pairs ({@link RandomPairs})
   * @param records the input's records
   */
  public ModelParameters train(Map<LevelPattern, Long> randomPatterns, long records) {
    return ModelTrainer.train(
        rules,
        new TreeMap<>(randomPatterns),
        byRule,
        candidates,
        WeighedPrior.possiblePairs(records));
  }
}
