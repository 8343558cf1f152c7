package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.RuleSet;

/**
 * What a run found of values shared by several people, per comparison with a {@code shared_value}
 * limit, from the counts it scored with: counts only, no value, so it can go in the manifest.
 *
 * @param comparison the comparison id
 * @param field the field whose values were counted
 * @param maxPeople the limit past which agreement was reduced
 * @param valuesSharedBySeveral values held by at least two people
 * @param valuesOverLimit values held by more than {@code maxPeople} people: agreement on them was
 *     reduced
 * @param mostPeople the most people holding one value (0 when no value is shared)
 */
public record SharedValueSummary(
    String comparison,
    String field,
    int maxPeople,
    long valuesSharedBySeveral,
    long valuesOverLimit,
    long mostPeople) {
  public SharedValueSummary {
    requireNonNull(comparison, "comparison is null");
    requireNonNull(field, "field is null");
  }

  /**
   * One summary per comparison with a limit, in rule-file order, from the run's counts ({@link
   * TermCounts}).
   */
  public static List<SharedValueSummary> of(RuleSet rules, Map<String, Long> counts) {
    requireNonNull(rules, "rules is null");
    requireNonNull(counts, "counts is null");
    List<SharedValueSummary> out = new ArrayList<>();
    for (ComparisonSpec c : rules.comparisons()) {
      if (c.sharedValue() == null) {
        continue;
      }
      String prefix = c.field().name() + "|";
      long several = 0;
      long over = 0;
      long most = 0;
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        if (e.getKey().startsWith(prefix) && e.getValue() >= 2) {
          several++;
          over += c.sharedValue().exceededBy(e.getValue()) ? 1 : 0;
          most = Math.max(most, e.getValue());
        }
      }
      out.add(
          new SharedValueSummary(
              c.id(), c.field().name(), c.sharedValue().maxPeople(), several, over, most));
    }
    return out;
  }
}
