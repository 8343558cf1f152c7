package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.scoring.SharedValues;
import org.openresolve.core.scoring.TermCounts;
import org.openresolve.core.scoring.TermFrequencies;

/**
 * Which values a rule set counts in the data before pairs are compared: the values of comparisons
 * weighed by term frequency, full names when the model asks, and the values of comparisons with a
 * {@code shared_value} limit ({@link TermFrequencies#observationsOf}). Only values held by two or
 * more are kept: a value one record holds is never looked up.
 */
public final class TermCounting implements Serializable {
  private static final long serialVersionUID = 1L;

  private final boolean needed;
  private final boolean fullNames;
  private final List<PersonField> shared;

  public TermCounting(RuleSet rules) {
    requireNonNull(rules, "rules is null");
    this.shared =
        rules.comparisons().stream()
            .filter(c -> c.sharedValue() != null)
            .map(ComparisonSpec::field)
            .distinct()
            .toList();
    this.needed =
        rules.comparisons().stream().anyMatch(ComparisonSpec::termFrequency) || !shared.isEmpty();
    this.fullNames = rules.model().fullNameTermFrequency();
  }

  /** Whether the rule set counts anything. */
  public boolean needed() {
    return needed;
  }

  /** What one record adds to the counts. */
  public List<TermFrequencies.Observation> observationsOf(MatchView view) {
    return TermFrequencies.observationsOf(view, fullNames, shared);
  }

  /** The counts of all values held by two or more, by key; empty when nothing is counted. */
  public Map<String, Long> count(Iterable<MatchView> views) {
    Map<String, Long> counts = new TreeMap<>();
    if (!needed) {
      return counts;
    }
    Map<String, TermFrequencies.Tally> tallies = new HashMap<>();
    for (MatchView v : views) {
      for (TermFrequencies.Observation o : observationsOf(v)) {
        tallies.computeIfAbsent(o.key(), TermFrequencies.Tally::new).add(o.year(), o.signature());
      }
    }
    DistinctValues distinct = new DistinctValues();
    tallies.forEach(
        (key, tally) -> {
          distinct.add(key);
          long n = tally.count();
          if (n >= 2) {
            counts.put(key, n);
          }
        });
    counts.putAll(distinct.counts());
    return counts;
  }

  /**
   * How many distinct values of each field whose people are counted the data holds, from each
   * distinct count key once ({@link TermCounts#DISTINCT_VALUES}). Counts of several parts of the
   * data, each holding every occurrence of its keys, add up.
   */
  public static final class DistinctValues {
    private final Map<PersonField, Long> byField = new EnumMap<>(PersonField.class);

    /** One distinct key of the counts; only keys of values whose people are counted are kept. */
    public void add(String key) {
      if (SharedValues.counts(key)) {
        byField.merge(PersonField.valueOf(key.substring(0, key.indexOf('|'))), 1L, Long::sum);
      }
    }

    /** The counts as {@link TermCounts#distinctValuesKey} keys, in field order. */
    public Map<String, Long> counts() {
      Map<String, Long> out = new java.util.LinkedHashMap<>();
      byField.forEach((field, n) -> out.put(TermCounts.distinctValuesKey(field), n));
      return out;
    }
  }
}
