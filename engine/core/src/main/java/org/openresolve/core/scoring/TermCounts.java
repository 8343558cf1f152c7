package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openresolve.core.compare.ComparisonVector;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.LevelType;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.core.rules.SharedValueLimit;

/**
 * How many records hold the value a pair agreed on, for each comparison the rule set adjusts by
 * term frequency, how many people hold it for each comparison with a {@code shared_value} limit,
 * and (when the rule set asks for it) the full name's people when given and family name both agree
 * exactly. Needs no model, so it is looked up when a pair is compared, and only the numbers travel
 * with the pair, not the values.
 *
 * <p>Counts come as one slot per comparison, then one for the full name if it is adjusted. Only
 * values held by two or more (records, or people) are in the map; any other counts as 0.
 */
public final class TermCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The kind of the keys that hold, per field whose people are counted, how many distinct values
   * the data holds ({@code #values|EMAIL}): with the people of the values held by several, what a
   * value seen with one person is expected to share ({@link #unseenSharing}).
   */
  public static final String DISTINCT_VALUES = "#values";

  private final long records;
  // The counts split by what they count (a field, or full names) and keyed by the value alone: a
  // pair looks several up, and a value from a view already knows its hash.
  private final List<Map<String, Long>> byComparison;
  // For a name comparison, the counts of the other name role: a name read in exchanged order
  // ("WILSON James" and "James Wilson") may sit in either role, so the commoner reading counts.
  private final List<Map<String, Long>> otherRole;
  private final Map<String, Long> fullNames;
  private final int[] exactLevel;
  private final SharedValueLimit[] shared;
  private final int given;
  private final int family;
  private final boolean fullName;
  private final double[] unseenSharing;

  /**
   * @param counts records holding each name value, people holding each shared value, keyed by
   *     {@link TermFrequencies#key}, and people holding each full name by {@link
   *     TermFrequencies#fullNameKey}
   * @param records all records
   */
  public TermCounts(RuleSet rules, Map<String, Long> counts, long records) {
    requireNonNull(rules, "rules is null");
    requireNonNull(counts, "counts is null");
    this.records = records;
    Map<String, Map<String, Long>> byKind = new HashMap<>();
    counts.forEach(
        (key, n) -> {
          int bar = key.indexOf('|');
          if (bar < 0) {
            throw new IllegalArgumentException(
                "count key '" + key + "' has no kind: expected KIND|value");
          }
          byKind
              .computeIfAbsent(key.substring(0, bar), k -> new HashMap<>())
              .put(key.substring(bar + 1), n);
        });
    List<ComparisonSpec> cs = rules.comparisons();
    this.exactLevel = new int[cs.size()];
    List<Map<String, Long>> perComparison = new ArrayList<>(cs.size());
    this.shared = new SharedValueLimit[cs.size()];
    int g = -1;
    int f = -1;
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
        g = spec.field() == PersonField.GIVEN_NAME ? c : g;
        f = spec.field() == PersonField.FAMILY_NAME ? c : f;
      }
      perComparison.add(byKind.getOrDefault(spec.field().name(), Map.of()));
      shared[c] = spec.sharedValue();
    }
    this.byComparison = perComparison;
    List<Map<String, Long>> other = new ArrayList<>(cs.size());
    for (ComparisonSpec spec : cs) {
      PersonField role =
          spec.field() == PersonField.GIVEN_NAME
              ? PersonField.FAMILY_NAME
              : spec.field() == PersonField.FAMILY_NAME ? PersonField.GIVEN_NAME : null;
      other.add(role == null ? Map.of() : byKind.getOrDefault(role.name(), Map.of()));
    }
    this.otherRole = other;
    this.unseenSharing = new double[cs.size()];
    Map<String, Long> distinct = byKind.getOrDefault(DISTINCT_VALUES, Map.of());
    for (int c = 0; c < cs.size(); c++) {
      unseenSharing[c] =
          unseenSharing(perComparison.get(c), distinct.getOrDefault(cs.get(c).field().name(), 0L));
    }
    this.fullNames = byKind.getOrDefault(TermFrequencies.FULL_NAME, Map.of());
    this.given = g;
    this.family = f;
    this.fullName =
        rules.model().fullNameTermFrequency()
            && g >= 0
            && f >= 0
            && exactLevel[g] > 0
            && exactLevel[f] > 0;
  }

  public long records() {
    return records;
  }

  /** The key of a field's number of distinct values ({@link #DISTINCT_VALUES}). */
  public static String distinctValuesKey(PersonField field) {
    return DISTINCT_VALUES + "|" + field.name();
  }

  /** The field whose distinct values a count key holds, or null when the key is not such a key. */
  public static PersonField distinctValuesFieldOf(String key) {
    String prefix = DISTINCT_VALUES + "|";
    return key.startsWith(prefix) ? PersonField.valueOf(key.substring(prefix.length())) : null;
  }

  /**
   * How many other people are expected to hold a value of comparison {@code c} that the data shows
   * with one person only: the mean number of other holders over all the field's distinct values,
   * smoothed by one value shared once ((sum of (people - 1) + 1) / (distinct + 1)), and never more
   * than one. A value no one else holds is not proof beyond doubt: a typo or a second source may
   * still give it to someone else, and the smoothing keeps its weight finite.
   */
  public double unseenSharing(int c) {
    return unseenSharing[c];
  }

  private static double unseenSharing(Map<String, Long> peopleByValue, long distinct) {
    long others = 0;
    for (long people : peopleByValue.values()) {
      others += people - 1;
    }
    return Math.min(1.0, (others + 1.0) / (Math.max(distinct, peopleByValue.size()) + 1.0));
  }

  /** Whether comparison {@code c} is adjusted, and so at which level (its exact one), else -1. */
  int adjustedLevel(int c) {
    return exactLevel[c];
  }

  int givenComparison() {
    return given;
  }

  int familyComparison() {
    return family;
  }

  /**
   * The slot of the full-name count in {@link #countsOf}, or -1 when the full name is not adjusted.
   */
  int fullNameSlot() {
    return fullName ? exactLevel.length : -1;
  }

  /** The {@code shared_value} limit of comparison {@code c}, or null when it has none. */
  SharedValueLimit sharedLimit(int c) {
    return shared[c];
  }

  /**
   * Records holding {@code value} (a name: in whichever role, given or family, more records hold
   * it), when it decided comparison {@code c}'s adjusted exact level; people holding it, when
   * {@code c} has a shared-value limit and the level is not missing; else 0.
   */
  public long count(int c, int level, String value) {
    boolean adjusted = exactLevel[c] >= 0 && level == exactLevel[c];
    boolean limited = shared[c] != null && level > 0;
    if (!(adjusted || limited) || value == null) {
      return 0;
    }
    Long n = byComparison.get(c).get(value);
    Long asOther = otherRole.get(c).get(value);
    return Math.max(n == null ? 0 : n, asOther == null ? 0 : asOther);
  }

  /** The counts of a compared pair, from its levels and the first record's values. */
  public long[] countsOf(int[] levels, List<String> values) {
    long[] out = new long[exactLevel.length + (fullName ? 1 : 0)];
    for (int c = 0; c < exactLevel.length; c++) {
      out[c] = count(c, levels[c], values.get(c));
    }
    if (fullName && out[given] > 0 && out[family] > 0) {
      Long n = fullNames.get(TermFrequencies.fullName(values.get(given), values.get(family)));
      out[exactLevel.length] = n == null ? 0 : n;
    }
    return out;
  }

  /**
   * The counts of a compared pair. A shared value's count is the larger of the two values' people:
   * at a fuzzy level ("very similar" addresses) either may be the safe house.
   */
  public long[] countsOf(ComparisonVector v) {
    int[] levels = new int[v.size()];
    String[] values = new String[v.size()];
    for (int c = 0; c < levels.length; c++) {
      levels[c] = v.level(c);
      values[c] = v.left(c);
    }
    long[] out = countsOf(levels, java.util.Arrays.asList(values));
    for (int c = 0; c < levels.length; c++) {
      if (shared[c] != null) {
        out[c] = Math.max(out[c], count(c, levels[c], v.right(c)));
      }
    }
    return out;
  }
}
