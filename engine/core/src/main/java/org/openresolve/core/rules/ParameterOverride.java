package org.openresolve.core.rules;

import java.io.Serializable;

/**
 * A fixed m and/or u probability for one level, for when an analyst knows better than the data
 * (e.g. how often a source mistypes dates). Fixed values are kept through training.
 *
 * @param comparison the comparison id
 * @param level the level label within that comparison
 */
public record ParameterOverride(String comparison, String level, Double m, Double u) implements Serializable {
  public ParameterOverride {
    Required.text(comparison, "comparison");
    Required.text(level, "level");
    if (m == null && u == null) {
      throw new IllegalArgumentException("give 'm', 'u' or both");
    }
    if (m != null) {
      Thresholds.requireProbability("m", m);
    }
    if (u != null) {
      Thresholds.requireProbability("u", u);
    }
  }
}
