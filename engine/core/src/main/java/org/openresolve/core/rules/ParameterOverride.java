package org.openresolve.core.rules;

import java.io.Serializable;

/**
 * A fixed m and/or u probability for one level, for when an analyst knows better than the data
 * (e.g. how often a source mistypes dates). Fixed values are kept through training.
 *
 * @param comparison the comparison id
 * @param level the level label within that comparison
 * @param mFrom absent: m is the given value; {@value #CONFIDENT_PAIRS}: m is measured on the
 *     candidate pairs that link whatever this comparison says, the given m being the least it may
 *     be and the value when no such pair compares the field; without a given m, the m EM learns is
 *     what the measure starts from, so a few confident pairs move it little
 * @param mMax the most the m that EM learns may be: where EM learns more, m is this and the model
 *     is fitted again with it; given without {@code m}
 */
public record ParameterOverride(
    String comparison, String level, Double m, Double u, String mFrom, Double mMax)
    implements Serializable {
  public static final String CONFIDENT_PAIRS = "confident_pairs";

  public ParameterOverride {
    if (mFrom != null) {
      if (!mFrom.equals(CONFIDENT_PAIRS)) {
        throw new IllegalArgumentException(
            "m_from must be '" + CONFIDENT_PAIRS + "', got '" + mFrom + "'");
      }
      if (mMax != null) {
        throw new IllegalArgumentException(
            "m_from measures m and m_max bounds the m EM learns: give one of them");
      }
    }
    Required.text(comparison, "comparison");
    Required.text(level, "level");
    if (m == null && u == null && mMax == null && mFrom == null) {
      throw new IllegalArgumentException("give 'm', 'u', 'm_max', 'm_from' or several");
    }
    if (mMax != null) {
      if (m != null) {
        throw new IllegalArgumentException(
            "m_max bounds the m EM learns; with a fixed 'm' there is nothing to bound");
      }
      Thresholds.requireProbability("m_max", mMax);
    }
    if (m != null) {
      Thresholds.requireProbability("m", m);
    }
    if (u != null) {
      Thresholds.requireProbability("u", u);
    }
  }

  public ParameterOverride(String comparison, String level, Double m, Double u) {
    this(comparison, level, m, u, null, null);
  }

  /** Whether the m EM learns is bounded from above. */
  public boolean capped() {
    return mMax != null;
  }

  /** Whether m is measured on the confident pairs rather than taken as given. */
  public boolean measured() {
    return mFrom != null;
  }
}
