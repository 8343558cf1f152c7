package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.ComparisonSpec;
import org.openresolve.core.rules.LevelType;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.rules.RuleSet;

/**
 * Term-frequency adjustment: agreeing on "mohammed" or "smith" is weaker evidence than agreeing on
 * a rare name. For a comparison marked {@code term_frequency}, an exact agreement on value v gets
 * the weight log2(m / tf(v)), tf(v) being the share of records holding v, instead of the model's
 * log2(m / u) averaged over all values — but never more than that average: a rare value is not
 * allowed to add evidence the model did not learn, since false merges cost more than missed ones.
 *
 * <p>The frequencies are counted from the data by the caller (one count per distinct value).
 */
public final class TermFrequencies implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final double LN2 = Math.log(2);

  private final long records;
  private final Map<String, Long> counts;
  private final boolean[] adjusted;
  private final int[] exactLevel;
  private final String[] prefix;
  private final double[] mExact;

  /**
   * @param counts records holding each value, keyed by {@link #key(PersonField, String)}
   * @param records all records
   */
  public TermFrequencies(RuleSet rules, ModelParameters model, Map<String, Long> counts, long records) {
    requireNonNull(rules, "rules is null");
    this.counts = Map.copyOf(requireNonNull(counts, "counts is null"));
    this.records = records;
    List<ComparisonSpec> cs = rules.comparisons();
    this.adjusted = new boolean[cs.size()];
    this.exactLevel = new int[cs.size()];
    this.prefix = new String[cs.size()];
    this.mExact = new double[cs.size()];
    double[][] m = model.m();
    for (int c = 0; c < cs.size(); c++) {
      ComparisonSpec spec = cs.get(c);
      exactLevel[c] = -1;
      for (int l = 0; l < spec.levels().size(); l++) {
        if (spec.levels().get(l).when() == LevelType.EXACT) {
          exactLevel[c] = l;
          break;
        }
      }
      adjusted[c] = spec.termFrequency() && exactLevel[c] > 0;
      prefix[c] = spec.field().name();
      mExact[c] = adjusted[c] ? m[c][exactLevel[c]] : 0;
    }
  }

  /** The fields whose values are counted. */
  public static boolean counted(PersonField field) {
    return field == PersonField.GIVEN_NAME || field == PersonField.FAMILY_NAME;
  }

  public static String key(PersonField field, String value) {
    return field.name() + "|" + value;
  }

  /** The values a record holds for the counted fields, each once, as {@link #key} keys. */
  public static List<String> keysOf(MatchView v) {
    Set<String> keys = new LinkedHashSet<>();
    for (MatchView.Name n : v.names()) {
      if (n.forename() != null) {
        keys.add(key(PersonField.GIVEN_NAME, n.forename()));
      }
      if (n.family() != null) {
        keys.add(key(PersonField.FAMILY_NAME, n.family()));
      }
    }
    return new ArrayList<>(keys);
  }

  /**
   * The partial weight of comparison {@code c} at {@code level}, given the value agreed on and the
   * model's weight; unchanged unless the comparison is adjusted and the level is its exact one.
   */
  public double weight(int c, int level, String value, double modelWeight) {
    if (!adjusted[c] || level != exactLevel[c] || value == null || records == 0) {
      return modelWeight;
    }
    Long n = counts.get(prefix[c] + "|" + value);
    if (n == null || n == 0) {
      return modelWeight;
    }
    double tf = (double) n / records;
    return Math.min(modelWeight, Math.log(mExact[c] / tf) / LN2);
  }
}
