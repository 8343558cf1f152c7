package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.LevelType;
import org.openresolve.core.rules.RuleSet;

/**
 * How many records hold the value a pair agreed on, for each comparison the rule set adjusts by
 * term frequency. Needs no model, so it is looked up when a pair is compared, and only the number
 * travels with the pair, not the value.
 */
public final class TermCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long records;
  private final Map<String, Long> counts;
  private final int[] exactLevel;
  private final String[] prefix;

  /**
   * @param counts records holding each value, keyed by {@link TermFrequencies#key}
   * @param records all records
   */
  public TermCounts(RuleSet rules, Map<String, Long> counts, long records) {
    requireNonNull(rules, "rules is null");
    this.counts = Map.copyOf(requireNonNull(counts, "counts is null"));
    this.records = records;
    List<ComparisonSpec> cs = rules.comparisons();
    this.exactLevel = new int[cs.size()];
    this.prefix = new String[cs.size()];
    for (int c = 0; c < cs.size(); c++) {
      ComparisonSpec spec = cs.get(c);
      exactLevel[c] = -1;
      if (spec.termFrequency()) {
        for (int l = 1; l < spec.levels().size(); l++) {
          if (spec.levels().get(l).when() == LevelType.EXACT) {
            exactLevel[c] = l;
            break;
          }
        }
      }
      prefix[c] = spec.field().name();
    }
  }

  public long records() {
    return records;
  }

  /** Whether comparison {@code c} is adjusted, and so at which level (its exact one), else -1. */
  int adjustedLevel(int c) {
    return exactLevel[c];
  }

  /** Records holding {@code value}, when it decided comparison {@code c}'s adjusted exact level; else 0. */
  public long count(int c, int level, String value) {
    if (exactLevel[c] < 0 || level != exactLevel[c] || value == null) {
      return 0;
    }
    Long n = counts.get(prefix[c] + "|" + value);
    return n == null ? 0 : n;
  }

  /** {@link #count} for every comparison of a compared pair (the first record's values). */
  public long[] countsOf(ComparisonVector v) {
    long[] out = new long[v.size()];
    for (int c = 0; c < out.length; c++) {
      out[c] = count(c, v.level(c), v.left(c));
    }
    return out;
  }
}
