package org.openresolve.core.scoring;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openresolve.core.compare.MatchView;
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

  private final TermCounts counts;
  private final double[] mExact;

  /**
   * @param counts records holding each value, keyed by {@link #key(PersonField, String)}
   * @param records all records
   */
  public TermFrequencies(RuleSet rules, ModelParameters model, Map<String, Long> counts, long records) {
    this(rules, model, new TermCounts(rules, counts, records));
  }

  public TermFrequencies(RuleSet rules, ModelParameters model, TermCounts counts) {
    requireNonNull(rules, "rules is null");
    requireNonNull(model, "model is null");
    this.counts = requireNonNull(counts, "counts is null");
    double[][] m = model.m();
    this.mExact = new double[rules.comparisons().size()];
    for (int c = 0; c < mExact.length; c++) {
      int exact = counts.adjustedLevel(c);
      mExact[c] = exact > 0 ? m[c][exact] : 0;
    }
  }

  public TermCounts counts() {
    return counts;
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
    return weightForCount(c, counts.count(c, level, value), modelWeight);
  }

  /**
   * The partial weight of comparison {@code c} given how many records hold the value agreed on
   * ({@link TermCounts#count}, 0 where no adjustment applies) and the model's weight.
   */
  public double weightForCount(int c, long count, double modelWeight) {
    if (count <= 0 || counts.records() == 0) {
      return modelWeight;
    }
    double tf = (double) count / counts.records();
    return Math.min(modelWeight, Math.log(mExact[c] / tf) / LN2);
  }
}
