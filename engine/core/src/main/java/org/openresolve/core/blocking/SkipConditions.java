package org.openresolve.core.blocking;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;
import org.openresolve.core.rules.BlockingRuleSpec;
import org.openresolve.core.rules.LevelRef;
import org.openresolve.core.rules.RuleSet;

/**
 * The {@code skip_when} conditions of a rule set's blocking rules. A pair is skipped only when
 * every rule that reaches it has a condition that holds for it: one rule without conditions, or
 * whose conditions all fail, is enough for the pair to be compared. Rules are numbered by their
 * position in the rule file, as in a rule mask (bit i for rule i).
 */
public final class SkipConditions implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int[][] comparisons;
  private final int[][] levels;
  private final long conditional;

  public SkipConditions(RuleSet rules) {
    requireNonNull(rules, "rules is null");
    List<BlockingRuleSpec> specs = rules.blocking().rules();
    comparisons = new int[specs.size()][];
    levels = new int[specs.size()][];
    long mask = 0;
    for (int r = 0; r < specs.size(); r++) {
      List<LevelRef> when = specs.get(r).skipWhen();
      comparisons[r] = new int[when.size()];
      levels[r] = new int[when.size()];
      for (int k = 0; k < when.size(); k++) {
        comparisons[r][k] = rules.comparisonIndex(when.get(k).comparison());
        levels[r][k] = rules.levelIndex(when.get(k).comparison(), when.get(k).level());
      }
      if (!when.isEmpty()) {
        mask |= 1L << r;
      }
    }
    conditional = mask;
  }

  /**
   * Whether the pair of {@code a} and {@code b}, reached by the rules of {@code ruleMask}, is not
   * worth comparing. Only the comparisons the conditions name are computed, each once.
   */
  public boolean skips(long ruleMask, MatchView a, MatchView b, PairComparer comparer) {
    if (ruleMask == 0 || (ruleMask & ~conditional) != 0) {
      return false;
    }
    int[] known = null;
    for (int r = 0; r < comparisons.length; r++) {
      if ((ruleMask & (1L << r)) == 0) {
        continue;
      }
      boolean holds = false;
      for (int k = 0; k < comparisons[r].length && !holds; k++) {
        int c = comparisons[r][k];
        if (known == null) {
          known = new int[comparer.size()];
          Arrays.fill(known, -1);
        }
        if (known[c] < 0) {
          known[c] = comparer.level(c, a, b);
        }
        holds = known[c] == levels[r][k];
      }
      if (!holds) {
        return false;
      }
    }
    return true;
  }
}
